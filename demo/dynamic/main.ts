/**
 * The Dynamic demo page: Dynamic's real JavaScript SDK, pointed at the local stand-in of its API
 * (demo/dynamic/server.ts), and the kit's elements on top through `createDynamicMfaClient`.
 */
import '../../src/all.js';
import {
  createDynamicClient,
  logout,
  signInWithExternalJwt,
  waitForClientInitialized,
} from '@dynamic-labs-sdk/client';
import { createDynamicMfaClient } from '../../src/clients/dynamic/index.js';
import type { MfaProvider, MfaStatus, MfaToken } from '../../src/index.js';
import { MfaError } from '../../src/client/errors.js';
import { byId } from '../dom.js';
import {
  DEMO_ENVIRONMENT_ID,
  DEMO_OLDER_ENVIRONMENT_ID,
  EXPORT_ACTION,
  EXPORT_SCOPE,
  MAILBOX_PATH,
  SIGN_IN_PATH,
  STAND_IN_PATH,
} from './config.js';

const apiBaseUrl = new URL(`${STAND_IN_PATH}/api/v0`, location.origin).href;
// Dynamic's 2026-04 step-up rules unless the page asks for the older ones (`?rules=older`).
const rules = new URLSearchParams(location.search).get('rules') === 'older' ? 'older' : '2026-04';
const environmentId = rules === 'older' ? DEMO_OLDER_ENVIRONMENT_ID : DEMO_ENVIRONMENT_ID;

// What any page using Dynamic already has…
const dynamic = createDynamicClient({
  environmentId,
  coreConfig: { apiBaseUrl },
  // The stand-in is local: send no telemetry to Dynamic's log service.
  instrumentation: { enabled: false },
});
// …and the one line that gives the elements MFA through it.
const mfa = createDynamicMfaClient(dynamic);
byId<MfaProvider>('provider').client = mfa;

const signInForm = byId<HTMLFormElement>('signin-form');
const userField = byId<HTMLInputElement>('user-name');
const signInButton = byId<HTMLButtonElement>('signin-button');
const signOutButton = byId<HTMLButtonElement>('signout-button');
const signInStatus = byId('signin-status');
const account = byId('account');
const actions = byId('actions');
const mfaStatus = byId('mfa-status');
const flowSlot = byId('flow-slot');
const exportGuard = byId('export-guard');
const exportButton = byId<HTMLButtonElement>('export-button');
const exportResult = byId('export-result');
const devicesSlot = byId('devices-slot');
const mailboxPanel = byId('mailbox');
const mailboxText = byId('mailbox-text');
byId(rules === 'older' ? 'rules-older' : 'rules-current').setAttribute('aria-current', 'page');
// On 2026-04 rules the guard names the export's scope and no action: it asks
// `checkStepUpAuth({ scope })` and hands over an elevated token for the app server. The older
// rules keep the action (`isMfaRequiredForAction`, a single-use MFA token).
if (rules === '2026-04') {
  exportGuard.removeAttribute('action');
  exportGuard.setAttribute('scopes', EXPORT_SCOPE);
}

function describe(status: MfaStatus): string {
  const pending = {
    enroll: 'Dynamic says: set up a first method.',
    verify: 'Dynamic says: verify with one of your methods.',
    'acknowledge-recovery-codes': 'Dynamic says: save your recovery codes.',
  } as const;
  const methods = status.methods.length > 0 ? ` Methods: ${status.methods.join(', ')}.` : '';
  return `${status.pending ? pending[status.pending] : 'Nothing pending: MFA is complete for this session.'}${methods}`;
}

/** A fresh <mfa-flow> reads the status when it connects. */
function showFlow(): void {
  flowSlot.replaceChildren(document.createElement('mfa-flow'));
}

function render(): void {
  const user = dynamic.user;
  signOutButton.hidden = !user;
  signInButton.hidden = Boolean(user);
  userField.disabled = Boolean(user);
  account.hidden = !user;
  // Key export is for a session that has passed MFA; until then the flow above comes first.
  actions.hidden = true;
  signInStatus.textContent = user ? `Signed in to Dynamic as ${user.email ?? user.id}.` : '';
  if (user) {
    mailboxPanel.hidden = rules !== '2026-04';
    showFlow();
    mfa.status().then(showStatus, () => undefined);
  } else {
    flowSlot.replaceChildren();
    devicesSlot.replaceChildren();
    mailboxText.textContent = '';
    mailboxPanel.hidden = true;
    mfaStatus.textContent = '';
    exportResult.textContent = '';
  }
}

mfa.onStatusChange(showStatus);

function showStatus(status: MfaStatus): void {
  mfaStatus.textContent = describe(status);
  actions.hidden = !dynamic.user || status.pending !== null;
  // Deleting a method (after a fresh step-up on 2026-04 rules) once MFA is complete.
  if (!actions.hidden && devicesSlot.childElementCount === 0)
    devicesSlot.append(document.createElement('mfa-devices'));
  if (actions.hidden) devicesSlot.replaceChildren();
}

/**
 * The stand-in's mailbox: the last code it "emailed" to the signed-in user, read every two
 * seconds (the guard's dialog is modal: the page behind it cannot be clicked, only read).
 */
async function checkMailbox(): Promise<void> {
  if (!dynamic.user || rules !== '2026-04') return;
  const response = await fetch(MAILBOX_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName: userField.value, rules }),
  }).catch(() => undefined);
  const body = ((await response?.json().catch(() => ({}))) ?? {}) as { code?: string | null };
  const text = body.code ? `Your code: ${body.code}` : 'No code waiting.';
  if (mailboxText.textContent !== text) mailboxText.textContent = text;
}
setInterval(() => void checkMailbox(), 2000);

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  signInStatus.textContent = 'Signing in…';
  try {
    // The app's backend signs a JWT for its user; Dynamic's SDK exchanges it for a session.
    const response = await fetch(SIGN_IN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userName: userField.value, rules }),
    });
    const body = (await response.json()) as { jwt?: string; error?: string };
    if (!response.ok || !body.jwt) throw new Error(body.error ?? `HTTP ${response.status}`);
    await signInWithExternalJwt({ externalJwt: body.jwt }, dynamic);
    render();
  } catch (error) {
    signInStatus.textContent = `Could not sign in: ${error instanceof Error ? error.message : String(error)}`;
    userField.focus();
  }
});

signOutButton.addEventListener('click', async () => {
  await logout(dynamic);
  render();
  userField.focus();
});

// The guard fires this right before it lets the held click through.
let exportToken: MfaToken | undefined;
exportGuard.addEventListener('mfa-action-authorized', (event) => {
  exportToken = event.detail.token;
});

/** The app's own server runs the action; the stand-in plays it (it checks and uses up the token). */
exportButton.addEventListener('click', async () => {
  const token = exportToken;
  exportToken = undefined;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${dynamic.token ?? ''}`,
  };
  if (token)
    headers[token.scopes.length > 0 ? 'x-dyn-elevated-access-token' : 'x-mfa-auth-token'] =
      token.value;
  exportResult.textContent = 'Exporting…';
  const response = await fetch(
    `${apiBaseUrl}/sdk/${environmentId}/stand-in/actions/${EXPORT_ACTION}`,
    {
      method: 'POST',
      headers,
      body: '{}',
    },
  );
  exportResult.textContent = response.ok
    ? 'Exported: the pretend app server accepted the token (it works once).'
    : `Refused (HTTP ${response.status}): the action needs a fresh MFA token.`;
});

// Start: a session kept from an earlier visit may be unknown to a restarted stand-in.
await waitForClientInitialized(dynamic);
if (dynamic.user) {
  await mfa.status().catch(async (error: unknown) => {
    if (error instanceof MfaError && error.code === 'unauthorized') await logout(dynamic);
  });
}
render();
