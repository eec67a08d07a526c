/**
 * The "no phone at hand" demo helper: a tiny authenticator app inside the page. It reads the setup
 * key exactly as <mfa-totp-enroll> shows it to the user (the text of its `secret` part, and the
 * digits and period from the `otpauth://` link it offers) — never the element's internals — then
 * computes the current code with otpauth, as a phone would. Like a phone, it keeps its copy of the
 * key (per demo user, in localStorage) so it can also help on the sign-in step.
 *
 * It is part of the demo, not of the kit, and it is hidden (closed) by default.
 */
import { Secret, TOTP } from 'otpauth';
import { h } from './dom.js';
import { extras } from './session.js';
import { rememberSecret } from './secrets.js';

interface HelperKey {
  secret: string;
  digits: number;
  period: number;
  algorithm: string;
}

const STORE_NAME = 'helper-key';

/** The key as the element shows it right now, or null when no key is on screen. */
function readShownKey(enroll: Element | null): HelperKey | null {
  const root = enroll?.shadowRoot;
  const shown = root?.querySelector('[part~="secret"]')?.textContent ?? '';
  const secret = shown.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z2-7]{16,}=*$/.test(secret)) return null;
  const key: HelperKey = { secret, digits: 6, period: 30, algorithm: 'SHA1' };
  const href = root?.querySelector<HTMLAnchorElement>('a[part~="otpauth-link"]')?.href;
  if (href) {
    try {
      const params = new URL(href).searchParams;
      key.digits = Number(params.get('digits')) || key.digits;
      key.period = Number(params.get('period')) || key.period;
      key.algorithm = params.get('algorithm') || key.algorithm;
    } catch {
      // Not a URL we can parse: the defaults of nearly every authenticator app apply.
    }
  }
  return key;
}

function parseKey(json: string | null): HelperKey | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<HelperKey>;
    if (
      typeof value.secret !== 'string' ||
      typeof value.digits !== 'number' ||
      typeof value.period !== 'number'
    )
      return null;
    return {
      secret: value.secret,
      digits: value.digits,
      period: value.period,
      algorithm: value.algorithm ?? 'SHA1',
    };
  } catch {
    return null;
  }
}

function group(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

export interface TotpHelperOptions {
  /** `enroll`: reads the key from the enrollment element; `verify`: uses the key read before. */
  mode: 'enroll' | 'verify';
  /** The <mfa-totp-enroll> on the page, when there is one. */
  enrollElement?: () => Element | null;
}

export class TotpHelper {
  private readonly details: HTMLDetailsElement;
  private readonly options: TotpHelperOptions;
  private userName = '';
  private timer: ReturnType<typeof setInterval> | undefined;
  private currentCode = '';

  private readonly code = h('output', {
    className: 'otp-display',
    text: '––– –––',
    attrs: { 'aria-live': 'off' },
  });
  private readonly progress = h('progress', {
    attrs: { max: '30', value: '0', 'aria-label': 'Time left for this code' },
  });
  private readonly remaining = h('span', { className: 'muted small' });
  private readonly copy = h('button', {
    className: 'button button-small button-secondary',
    text: 'Copy code',
    attrs: { type: 'button', disabled: true },
  });
  private readonly box = h(
    'div',
    { className: 'helper-code', attrs: { 'data-state': 'empty' } },
    this.code,
    h('div', { className: 'helper-meta' }, this.progress, this.remaining),
    this.copy,
  );
  private readonly status = h('p', { className: 'helper-status small', attrs: { role: 'status' } });

  constructor(details: HTMLDetailsElement, options: TotpHelperOptions) {
    this.details = details;
    this.options = options;
    const note =
      options.mode === 'enroll'
        ? 'A real authenticator app computes the code from the setup key. This helper does the same, in this page, from the key as the element above shows it. It is part of the demo, not of the kit.'
        : 'The helper kept the setup key it read in step 1, as a phone would, and computes the current code from it.';
    details.append(
      h(
        'summary',
        {},
        h('span', { className: 'helper-tag', text: 'Demo helper' }),
        h('span', { text: 'No phone at hand? Show the current code' }),
      ),
      h(
        'div',
        { className: 'helper-body' },
        h('p', { className: 'helper-note', text: note }),
        this.box,
        this.status,
      ),
    );
    details.addEventListener('toggle', () => this.tick());
    this.copy.addEventListener('click', () => void this.copyCode());
    document.addEventListener('visibilitychange', () => this.sync());
  }

  setUser(userName: string): void {
    this.userName = userName;
    this.currentCode = '';
    this.sync();
    this.tick();
  }

  /** Forget the key (the demo data was reset). */
  forget(): void {
    if (this.userName) extras.delete(this.userName, STORE_NAME);
    this.tick();
  }

  private sync(): void {
    const running = document.visibilityState === 'visible';
    if (running && this.timer === undefined) {
      this.tick();
      this.timer = setInterval(() => this.tick(), 250);
    } else if (!running && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private key(): HelperKey | null {
    if (this.options.mode === 'enroll') {
      const shown = readShownKey(this.options.enrollElement?.() ?? null);
      if (shown) {
        rememberSecret(shown.secret);
        const json = JSON.stringify(shown);
        if (extras.get(this.userName, STORE_NAME) !== json)
          extras.set(this.userName, STORE_NAME, json);
        return shown;
      }
      return null;
    }
    return parseKey(extras.get(this.userName, STORE_NAME));
  }

  private tick(): void {
    // The key is picked up whenever the enrollment shows one (like a phone that scanned it), so
    // the helper also works on the sign-in step; the code itself is computed only while open.
    if (this.options.mode === 'verify' && !this.details.open) return;
    const key = this.key();
    if (!this.details.open) return;
    if (!key) {
      this.show(null);
      this.setStatus(
        this.options.mode === 'enroll'
          ? 'Waiting for the element to show a setup key…'
          : 'This helper has no key for this account: it reads it while you set up the app in step 1. Reset the demo data to set it up again.',
      );
      return;
    }
    const now = Date.now();
    let code: string;
    try {
      const totp = new TOTP({
        secret: Secret.fromBase32(key.secret),
        digits: key.digits,
        period: key.period,
        algorithm: key.algorithm,
      });
      code = totp.generate({ timestamp: now });
    } catch {
      this.show(null);
      this.setStatus('The key on screen is not a valid base32 key.');
      return;
    }
    const left = key.period - (Math.floor(now / 1000) % key.period);
    this.setStatus('');
    this.show(code);
    this.progress.max = key.period;
    this.progress.value = left;
    this.remaining.textContent = `changes in ${left} s`;
    this.box.classList.toggle('is-expiring', left <= 5);
  }

  private show(code: string | null): void {
    if (code === this.currentCode) return;
    this.currentCode = code ?? '';
    this.box.dataset['state'] = code ? 'code' : 'empty';
    this.copy.disabled = !code;
    this.copy.textContent = 'Copy code';
    if (code) {
      rememberSecret(code);
      this.code.textContent = group(code);
      this.code.setAttribute('aria-label', `Current code: ${code.split('').join(' ')}`);
    } else {
      this.code.textContent = '––– –––';
      this.code.removeAttribute('aria-label');
      this.progress.value = 0;
      this.remaining.textContent = '';
      this.box.classList.remove('is-expiring');
    }
  }

  /** Live region: only write when the text changes, so nothing is announced every tick. */
  private setStatus(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  private async copyCode(): Promise<void> {
    if (!this.currentCode) return;
    try {
      await navigator.clipboard.writeText(this.currentCode);
      this.copy.textContent = 'Copied';
    } catch {
      this.setStatus('Could not copy: select the code and copy it yourself.');
    }
  }
}
