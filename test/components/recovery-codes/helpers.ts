import { Secret, TOTP } from 'otpauth';
import {
  createMemoryClient,
  ManualClock,
  type MemoryClientOptions,
} from '../../../src/clients/memory/index.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';

export interface Enrolled {
  client: ReturnType<typeof createMemoryClient>;
  clock: ManualClock;
  totp: TOTP;
  deviceId: string;
  /** The ten codes exactly as the client returns them. */
  codes: string[];
}

/**
 * A user with a confirmed authenticator app, so the client has a set of recovery codes waiting
 * to be shown: enroll, compute the code as a phone would, confirm it.
 */
export async function enrolledClient(options: MemoryClientOptions = {}): Promise<Enrolled> {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const client = createMemoryClient({
    userName: 'ada@example.com',
    issuer: 'Acme',
    now: () => clock.now(),
    latency: 0,
    maxFailures: 5,
    ...options,
  });
  const enrollment = await client.enrollTotp();
  const totp = new TOTP({ secret: Secret.fromBase32(enrollment.secret), digits: 6, period: 30 });
  await client.verifyTotp({
    code: totp.generate({ timestamp: clock.now() }),
    deviceId: enrollment.deviceId,
  });
  const codes = await client.recoveryCodes();
  return { client, clock, totp, deviceId: enrollment.deviceId, codes };
}

/** A fresh single-use MFA token from a real TOTP verification one step later. */
export async function freshMfaToken({ client, clock, totp }: Enrolled): Promise<string> {
  clock.advance(30_000);
  const proof = await client.verifyTotp({
    code: totp.generate({ timestamp: clock.now() }),
    token: { singleUse: true },
  });
  if (!proof.token) throw new Error('no token in the proof');
  return proof.token.value;
}

export function part<T extends Element = HTMLElement>(
  el: MfaRecoveryCodes,
  name: string,
): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: MfaRecoveryCodes, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The forms a code could be kept in: as shown, compact, lower case. */
export function codeForms(code: string): string[] {
  const compact = code.replace(/-/g, '');
  return [code, compact, code.toLowerCase(), compact.toLowerCase()];
}

/**
 * Every path from the element's own properties (controllers, tasks, state, maps, sets, arrays)
 * to a string that contains one of `codes`. DOM nodes are skipped (the shadow DOM is checked
 * separately), and so is the element's client: the backend keeps its own records.
 */
export function retainedCodes(el: MfaRecoveryCodes, codes: readonly string[]): string[] {
  const needles = codes.flatMap(codeForms);
  const seen = new WeakSet<object>();
  if (el.client) seen.add(el.client);
  const found: string[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (needles.some((needle) => value.includes(needle))) found.push(path);
      return;
    }
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || depth > 10)
      return;
    const object = value;
    if (seen.has(object)) return;
    seen.add(object);
    if (depth > 0 && (object instanceof Node || object instanceof Window)) return;
    if (object instanceof Map) {
      for (const [key, item] of object) {
        visit(key, `${path}<key>`, depth + 1);
        visit(item, `${path}<value>`, depth + 1);
      }
      return;
    }
    if (object instanceof Set) {
      for (const item of object) visit(item, `${path}<item>`, depth + 1);
      return;
    }
    for (const key of Reflect.ownKeys(object)) {
      let item: unknown;
      try {
        item = (object as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      visit(item, `${path}.${String(key)}`, depth + 1);
    }
  };
  visit(el, 'element', 0);
  return found;
}
