/**
 * "Sensitive actions": ordinary app code — a click handler and two submit handlers that call the
 * app's own endpoints — wrapped in <mfa-action-guard>. The guard holds each activation until the
 * user gives a fresh proof, announces the token with `mfa-action-authorized`, and then replays the
 * activation, so these handlers run unchanged; they only attach the token to their request. The
 * endpoint checks it with `verifyMfaToken` (single-use tokens are consumed there).
 */
import type { MfaActionGuard } from '../src/index.js';
import { byId } from './dom.js';
import type { DemoAccount, SensitiveAction } from './session.js';

interface GuardedControl {
  action: SensitiveAction;
  guard: MfaActionGuard;
  result: HTMLOutputElement;
}

/** The token the guard handed over for the activation it is about to replay, taken once. */
const heldTokens = new WeakMap<MfaActionGuard, string>();

function takeToken(guard: MfaActionGuard): string | undefined {
  const token = heldTokens.get(guard);
  heldTokens.delete(guard);
  return token;
}

function show(result: HTMLOutputElement, text: string, tone: 'ok' | 'error' | 'busy'): void {
  result.dataset['tone'] = tone;
  result.textContent = text;
}

export class SensitiveActions {
  private account: DemoAccount | undefined;
  /** Demo only: the export's last token, kept to show that the server refuses it a second time. */
  private spentExportToken: string | undefined;
  private readonly replayButton = byId<HTMLButtonElement>('export-replay');

  private readonly exportKey: GuardedControl = {
    action: 'wallet.export',
    guard: byId<MfaActionGuard>('guard-export'),
    result: byId<HTMLOutputElement>('export-result'),
  };
  private readonly sign: GuardedControl = {
    action: 'wallet.sign',
    guard: byId<MfaActionGuard>('guard-sign'),
    result: byId<HTMLOutputElement>('sign-result'),
  };
  private readonly email: GuardedControl = {
    action: 'account.email',
    guard: byId<MfaActionGuard>('guard-email'),
    result: byId<HTMLOutputElement>('email-result'),
  };

  constructor() {
    for (const control of [this.exportKey, this.sign, this.email]) {
      control.guard.addEventListener('mfa-action-authorized', (event) => {
        if (event.detail.token) heldTokens.set(control.guard, event.detail.token.value);
      });
      control.guard.addEventListener('mfa-cancel', () =>
        show(control.result, 'Cancelled: nothing was done.', 'error'),
      );
    }

    // The app's code, as it would be without MFA (plus the token header).
    byId('export-key').addEventListener('click', () => {
      this.spentExportToken = heldTokens.get(this.exportKey.guard);
      this.replayButton.disabled = this.spentExportToken === undefined;
      void this.run(
        this.exportKey,
        {},
        (answer) => `Exported: ${String(answer['privateKey'] ?? 'done')}`,
      );
    });
    // Not app code: an attacker (or a double submit) re-sending a token that was already used.
    this.replayButton.addEventListener('click', () => {
      const account = this.account;
      const token = this.spentExportToken;
      if (!account || !token) return;
      show(this.exportKey.result, 'Sending the used token again…', 'busy');
      account.runAction('wallet.export', {}, token).then(
        () => show(this.exportKey.result, 'Unexpected: the server accepted a used token.', 'error'),
        (error: unknown) =>
          show(
            this.exportKey.result,
            `Refused, as it should be: ${error instanceof Error ? error.message : String(error)}`,
            'ok',
          ),
      );
    });
    this.onSubmit(
      'sign-form',
      'message',
      this.sign,
      (answer) => `Signed. Signature: ${String(answer['signature'] ?? 'done')}`,
    );
    this.onSubmit(
      'email-form',
      'email',
      this.email,
      (answer, email) => `Email changed to ${String(answer['email'] ?? email)}.`,
    );
  }

  /** The app's submit handler for a guarded form that posts one field. */
  private onSubmit(
    formId: string,
    field: string,
    control: GuardedControl,
    describe: (answer: Record<string, unknown>, value: FormDataEntryValue | null) => string,
  ): void {
    byId<HTMLFormElement>(formId).addEventListener('submit', (event) => {
      event.preventDefault();
      const value = new FormData(event.currentTarget as HTMLFormElement).get(field);
      void this.run(control, { [field]: value }, (answer) => describe(answer, value));
    });
  }

  /** Switch user: results of the previous one are cleared. */
  setAccount(account: DemoAccount): void {
    this.account = account;
    this.spentExportToken = undefined;
    this.replayButton.disabled = true;
    for (const control of [this.exportKey, this.sign, this.email]) {
      takeToken(control.guard);
      control.result.textContent = '';
    }
  }

  private async run(
    control: GuardedControl,
    body: object,
    describe: (answer: Record<string, unknown>) => string,
  ): Promise<void> {
    const account = this.account;
    if (!account) return;
    const token = takeToken(control.guard);
    show(control.result, 'Working…', 'busy');
    try {
      show(control.result, describe(await account.runAction(control.action, body, token)), 'ok');
    } catch (error) {
      show(
        control.result,
        `Refused by the server: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
    }
  }
}
