/**
 * What the strict-CSP fixture and its per-element drivers share: the step log (`window.cspSteps`,
 * read by the test page on a timeout), and small waits and lookups that poll a frame at a time
 * (the page runs on a busy machine: wait for conditions, never for fixed times).
 */
import type { MfaOtpInput } from '../../components/otp-input/otp-input.js';
import { nativeInput } from '../support/code-input.js';

declare global {
  interface Window {
    /** The steps done so far, for a timeout message. */
    cspSteps?: string[];
  }
}

export const steps: string[] = [];
/** Milliseconds from the start when each step was done. */
export const timings: Record<string, number> = {};
window.cspSteps = steps;

const started = performance.now();

export function step(name: string): void {
  steps.push(name);
  timings[name] = Math.round(performance.now() - started);
}

export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function until<T>(
  check: () => T | undefined | null | false,
  what: string,
  timeout = 8000,
): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await frame();
  }
}

/** `until`, and on a timeout say what `host` showed. */
export function untilShown<T>(
  host: Element,
  check: () => T | undefined | null | false,
  what: string,
  timeout = 8000,
): Promise<T> {
  return until(check, what, timeout).catch((error: Error) => {
    throw new Error(`${error.message}; shown: ${describe(host)}`);
  });
}

export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

export function parts<T extends Element = HTMLElement>(host: Element, name: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(`[part~="${name}"]`) ?? [])];
}

/** Whitespace-collapsed text of a node. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function once(target: EventTarget, type: string, timeout = 8000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, onEvent);
      const shown = target instanceof Element ? `; shown: ${describe(target)}` : '';
      reject(new Error(`timed out waiting for the ${type} event${shown}`));
    }, timeout);
    function onEvent(event: Event) {
      clearTimeout(timer);
      resolve(event);
    }
    target.addEventListener(type, onEvent, { once: true });
  });
}

/** Type into a native input the way a paste or an autofill does: new value, then `input`. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertFromPaste',
      data: text,
    }),
  );
}

export function otpNativeInput(field: MfaOtpInput): HTMLInputElement {
  const input = nativeInput(field);
  if (!input) throw new Error('mfa-otp-input has no native input');
  return input;
}

/** What an element shows (its shadow DOM's parts and text), for failure messages. */
export function describe(host: Element): string {
  const root = host.shadowRoot;
  if (!root) return '(no shadow root)';
  const names = [...root.querySelectorAll('[part]')].map((el) => el.getAttribute('part')).join(',');
  return `parts [${names}] text "${text(root).slice(0, 300)}"`;
}

/**
 * Holds calls of some client methods until the fixture lets them go, to see an element while it
 * waits (a latency alone may be over before a frame is drawn).
 */
export class CallGate {
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;

  /** The client, with calls of `methods` waiting while the gate is shut. */
  wrap<C extends object>(client: C, methods: (keyof C)[]): C {
    return new Proxy(client, {
      get: (target, key, receiver) => {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        if (!methods.includes(key as keyof C)) return value.bind(target);
        return async (...args: unknown[]) => {
          if (this.held) await this.held;
          return value.apply(target, args);
        };
      },
    });
  }

  /** Calls from now on wait. */
  shut(): void {
    this.held ??= new Promise<void>((resolve) => (this.release = resolve));
  }

  /** Waiting calls go through, and later ones do not wait. */
  open(): void {
    this.release?.();
    this.held = undefined;
    this.release = undefined;
  }
}
