/**
 * The journey: (1) add an authenticator app with <mfa-totp-enroll>, (2) save the recovery codes
 * with <mfa-recovery-codes>, (3) sign in again with <mfa-otp-input> in a small form that calls the
 * client, or with <mfa-recovery-codes mode="verify">. Which step is open follows `client.status()`,
 * so a reload lands on the right step.
 *
 * Each element is created when its step opens and removed when it closes: removing an element is
 * what ends its step (the enrollment element drops the secret when it leaves the page).
 */
import type { MfaClient, MfaOtpInput, MfaProof, MfaStatus } from '../src/index.js';
import { toMfaError } from '../src/index.js';
import { errorMessage, resolveMessages } from '../src/messages/index.js';
// The page words errors itself (outside the elements): every English string, errors included,
// which otherwise arrive with the elements' lazily loaded views.
import '../src/i18n/en.js';
import { byId, h } from './dom.js';
import { rememberSecret } from './secrets.js';
import { extras, ISSUER, type DemoAccount } from './session.js';
import type { TotpHelper } from './totp-helper.js';

type StepName = 'enroll' | 'codes' | 'verify';
type StepState = 'locked' | 'active' | 'done';

const VERIFIED_AGAIN = 'verified-again';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

export class Journey {
  private client: MfaClient | undefined;
  private account: DemoAccount | undefined;
  private userName = '';
  private generation = 0;
  private lastProof: MfaProof | undefined;
  private rateLimitTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly messages = resolveMessages('en');

  private readonly root = byId('journey');
  private readonly steps: Record<StepName, HTMLElement> = {
    enroll: byId('step-enroll'),
    codes: byId('step-codes'),
    verify: byId('step-verify'),
  };
  private readonly enrollSlot = byId('enroll-slot');
  private readonly codesSlot = byId('codes-slot');
  private readonly recoverySlot = byId('recovery-verify-slot');
  private readonly signedIn = byId('signed-in');
  private readonly signedInTitle = byId('signed-in-title');
  private readonly signedInDetail = byId('signed-in-detail');
  private readonly verifyGrid = byId('verify-grid');
  private readonly verifyForm = byId<HTMLFormElement>('verify-totp-form');
  private readonly verifyOtp = byId<MfaOtpInput>('verify-code');
  private readonly verifySubmit = byId<HTMLButtonElement>('verify-submit');
  private readonly verifyStatus = byId('verify-status');
  private readonly helpers: { enroll: TotpHelper; verify: TotpHelper };

  constructor(
    helpers: { enroll: TotpHelper; verify: TotpHelper },
    private readonly onSessionChange: () => void = () => undefined,
  ) {
    this.helpers = helpers;

    this.enrollSlot.addEventListener('mfa-enrolled', () => void this.refresh('codes'));
    this.codesSlot.addEventListener(
      'mfa-recovery-codes-acknowledged',
      () => void this.refresh('verify'),
    );
    this.recoverySlot.addEventListener('mfa-verified', (event) => this.verified(event.detail));

    this.verifyForm.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.verifyTotp();
    });
    this.verifyOtp.addEventListener('input', () => {
      if (this.verifyOtp.value.length >= 6) rememberSecret(this.verifyOtp.value);
      if (this.verifyOtp.errorMessage && !this.rateLimitTimer) this.verifyOtp.errorMessage = '';
    });
    byId('sign-out').addEventListener('click', () => this.signOut());
  }

  /** Show the journey of this user (after sign-in, switching user or resetting the data). */
  async start(account: DemoAccount): Promise<void> {
    this.account = account;
    this.client = account.client;
    const userName = account.userName;
    this.userName = userName;
    this.lastProof = undefined;
    this.stopRateLimit();
    for (const slot of [this.enrollSlot, this.codesSlot, this.recoverySlot]) slot.replaceChildren();
    this.helpers.enroll.setUser(userName);
    this.helpers.verify.setUser(userName);
    this.resetVerifyForm();
    await this.refresh();
  }

  /** Re-read the status after a change made elsewhere on the page (the account section). */
  reload(): void {
    void this.refresh();
  }

  /** Read the status and open the right step; `focusStep` moves focus to it afterwards. */
  private async refresh(focusStep?: StepName): Promise<void> {
    const client = this.client;
    if (!client) return;
    const generation = ++this.generation;
    this.root.classList.add('is-loading');
    let status: MfaStatus;
    try {
      status = await client.status();
    } catch (error) {
      if (generation !== this.generation) return;
      this.root.classList.remove('is-loading');
      this.verifyStatus.textContent = errorMessage(this.messages, toMfaError(error));
      return;
    }
    if (generation !== this.generation) return;
    this.root.classList.remove('is-loading');
    this.render(status);
    if (focusStep) this.focusStep(focusStep);
  }

  private render(status: MfaStatus): void {
    const totp = status.devices.find((device) => device.type === 'totp' && device.verified);
    // A session that has not passed two-step verification yet sees no devices (the server hides
    // them), only the methods it can verify with.
    const enrolled = totp !== undefined || status.methods.includes('totp');
    const pending = status.pending;
    const verifiedAgain = extras.get(this.userName, VERIFIED_AGAIN) === '1';

    const states: Record<StepName, StepState> = {
      enroll: enrolled ? 'done' : 'active',
      codes: !enrolled ? 'locked' : pending === 'acknowledge-recovery-codes' ? 'active' : 'done',
      verify:
        !enrolled || pending === 'acknowledge-recovery-codes'
          ? 'locked'
          : verifiedAgain && pending === null
            ? 'done'
            : 'active',
    };
    for (const name of Object.keys(states) as StepName[]) this.setStep(name, states[name]);

    // Step 1
    if (states.enroll === 'active') {
      if (!this.enrollSlot.querySelector('mfa-totp-enroll'))
        this.enrollSlot.replaceChildren(h('mfa-totp-enroll'));
    } else {
      this.enrollSlot.replaceChildren();
    }
    byId('step-enroll-summary').textContent = enrolled
      ? `Authenticator app added${totp?.createdAt ? ` on ${formatDate(totp.createdAt)}` : ''}. It now signs you in together with your password.`
      : '';

    // Step 2
    if (states.codes === 'active') {
      if (!this.codesSlot.querySelector('mfa-recovery-codes')) {
        this.codesSlot.replaceChildren(h('mfa-recovery-codes', { attrs: { issuer: ISSUER } }));
      }
    } else {
      this.codesSlot.replaceChildren();
    }
    const left = status.recoveryCodesRemaining;
    byId('step-codes-summary').textContent =
      states.codes === 'done'
        ? `Recovery codes saved — ${left} unused ${left === 1 ? 'code' : 'codes'} left.`
        : '';

    // Step 3
    const showForms = states.verify !== 'locked' && pending === 'verify';
    this.verifyGrid.hidden = !showForms;
    this.helpers.verify.setUser(this.userName);
    byId('helper-verify').hidden = !showForms;
    this.signedIn.hidden = states.verify === 'locked' || showForms;
    if (showForms) {
      if (!this.recoverySlot.querySelector('mfa-recovery-codes')) {
        this.recoverySlot.replaceChildren(
          h('mfa-recovery-codes', { attrs: { mode: 'verify', issuer: ISSUER } }),
        );
      }
    } else {
      this.recoverySlot.replaceChildren();
      this.resetVerifyForm();
    }
    if (!this.signedIn.hidden) this.describeSession(status);
  }

  private describeSession(status: MfaStatus): void {
    const proof = this.lastProof;
    const left = status.recoveryCodesRemaining;
    if (proof) {
      this.signedInTitle.textContent = `Welcome back, ${this.userName}`;
      this.signedInDetail.textContent =
        proof.method === 'recovery-code'
          ? `Verified with a recovery code. That code is used up: ${left} ${left === 1 ? 'is' : 'are'} left.`
          : 'Verified with your authenticator app. The same code will not work a second time.';
    } else if (extras.get(this.userName, VERIFIED_AGAIN) === '1') {
      this.signedInTitle.textContent = 'You’re signed in';
      this.signedInDetail.textContent =
        'This session passed two-step verification. Sign out to try it again.';
    } else {
      this.signedInTitle.textContent = 'You’re signed in';
      this.signedInDetail.textContent =
        'You just turned on two-step verification. Sign out to see what your next sign-in looks like.';
    }
  }

  private setStep(name: StepName, state: StepState): void {
    const step = this.steps[name];
    step.dataset['state'] = state;
    const badge = step.querySelector('.step-badge');
    if (badge) badge.textContent = state === 'done' ? 'Done' : '';
    const item = document.querySelector(`#stepper [data-step="${name}"]`);
    if (item) {
      item.classList.toggle('is-done', state === 'done');
      if (state === 'active') item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
      const label = item.querySelector('span:last-child');
      const title = step.querySelector('h3')?.textContent ?? '';
      item.setAttribute(
        'aria-label',
        `${title}: ${state === 'done' ? 'done' : state === 'active' ? 'current step' : 'not yet'}`,
      );
      label?.setAttribute('aria-hidden', 'true');
    }
  }

  private focusStep(name: StepName): void {
    const step = this.steps[name];
    const target =
      name === 'verify' && !this.signedIn.hidden
        ? this.signedInTitle
        : step.querySelector<HTMLElement>('h3');
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    step.scrollIntoView({
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      block: 'start',
    });
  }

  // --- step 3 ----------------------------------------------------------------------------------

  private async verifyTotp(): Promise<void> {
    const client = this.client;
    const otp = this.verifyOtp;
    if (!client || this.verifySubmit.disabled || otp.readonly) return;
    if (!otp.checkValidity()) {
      otp.reportValidity();
      otp.focus();
      return;
    }
    const code = otp.value;
    rememberSecret(code);
    this.setBusy(true);
    try {
      const proof = await client.verifyTotp({ code });
      this.setBusy(false);
      this.verified(proof);
    } catch (caught) {
      this.setBusy(false);
      const error = toMfaError(caught);
      otp.errorMessage = errorMessage(this.messages, error);
      otp.clear();
      if (error.code === 'rate-limited') {
        this.startRateLimit(error.retryAfter ?? 30);
        return;
      }
      await otp.updateComplete;
      otp.focus();
    }
  }

  private verified(proof: MfaProof): void {
    this.lastProof = proof;
    // The code form calls the client itself (no element, so no event): tell the rest of the page.
    if (proof.method === 'totp') this.onSessionChange();
    extras.set(this.userName, VERIFIED_AGAIN, '1');
    void this.refresh('verify');
  }

  private signOut(): void {
    const account = this.account;
    if (!account) return;
    this.lastProof = undefined;
    this.resetVerifyForm();
    void account
      .signOutAndBack()
      .then(() => {
        this.onSessionChange();
        return this.refresh();
      })
      .then(async () => {
        await this.verifyOtp.updateComplete;
        this.verifyOtp.focus();
      })
      .catch(() => {
        this.verifyStatus.textContent = 'Could not sign out: is the demo server still running?';
      });
  }

  private setBusy(busy: boolean): void {
    this.verifySubmit.classList.toggle('is-busy', busy);
    this.verifySubmit.disabled = busy || this.rateLimitTimer !== undefined;
    this.verifyOtp.readonly = busy;
    this.verifyStatus.className = 'form-status small';
    this.verifyStatus.textContent = busy ? 'Checking the code…' : '';
    const label = this.verifySubmit.querySelector('.button-label');
    if (label) label.textContent = busy ? 'Verifying…' : 'Verify';
  }

  /** Locked out: keep the field's one alert ("try again in 30 seconds") and re-open when it ends. */
  private startRateLimit(seconds: number): void {
    this.stopRateLimit();
    this.verifySubmit.disabled = true;
    this.verifyOtp.disabled = true;
    this.rateLimitTimer = setTimeout(() => {
      this.stopRateLimit();
      this.verifyOtp.errorMessage = '';
      this.verifyOtp.focus();
    }, seconds * 1000);
  }

  private stopRateLimit(): void {
    clearTimeout(this.rateLimitTimer);
    this.rateLimitTimer = undefined;
    this.verifySubmit.disabled = false;
    this.verifyOtp.disabled = false;
  }

  private resetVerifyForm(): void {
    this.stopRateLimit();
    this.setBusy(false);
    this.verifyOtp.errorMessage = '';
    // Only when there is something to clear: clear() before the field's first render makes Lit
    // warn in development (it reads a cached @query too early).
    if (this.verifyOtp.value) this.verifyOtp.clear();
  }
}
