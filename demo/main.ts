/**
 * mfa-elements demo. Uses the kit straight from source and one <mfa-provider> holding an HTTP
 * client for the reference server that vite runs (demo/server/plugin.ts). Only when that server does
 * not answer does it fall back to the in-page memory client, and the banner says so.
 */
import '../src/all.js';
import type { MfaProvider } from '../src/index.js';
import { AccountSecurity } from './account.js';
import { SensitiveActions } from './actions.js';
import { byId } from './dom.js';
import { setUpEventLog } from './event-log.js';
import { Journey } from './journey.js';
import { setUpPlayground } from './playground.js';
import { setUpSchemePicker } from './scheme.js';
import { forgetSecrets } from './secrets.js';
import {
  clearDemoData,
  memoryAccount,
  normalizeUserName,
  resetOnServer,
  serverUser,
  signInOnServer,
  storedUserName,
  storeUserName,
  type DemoMode,
} from './session.js';
import { setUpTheming } from './theming.js';
import { TotpHelper } from './totp-helper.js';

setUpSchemePicker(byId('scheme-picker'));
setUpTheming();

const log = setUpEventLog(byId<HTMLOListElement>('event-log'), {
  wholePage: byId<HTMLInputElement>('log-all'),
  clear: byId<HTMLButtonElement>('log-clear'),
  playground: byId('playground'),
});
setUpPlayground(log);

// The page's one provider (around <main>): every element inside gets the client from it.
const provider = byId<MfaProvider>('provider');

const helpers = {
  enroll: new TotpHelper(byId<HTMLDetailsElement>('helper-enroll'), {
    mode: 'enroll',
    enrollElement: () => document.querySelector('#enroll-slot mfa-totp-enroll'),
  }),
  verify: new TotpHelper(byId<HTMLDetailsElement>('helper-verify'), { mode: 'verify' }),
};
const journey = new Journey(helpers, () => accountSecurity.refresh());
const actions = new SensitiveActions();
const accountSecurity = new AccountSecurity(() => journey.reload());

const signInForm = byId<HTMLFormElement>('signin-form');
const userField = byId<HTMLInputElement>('user-name');
const avatar = byId('account-avatar');
const signInButton = byId<HTMLButtonElement>('signin-submit');
let userName = '';

// Server mode when the page is served with the demo server (GET /demo/me answers).
const signedInOnServer = await serverUser();
const mode: DemoMode = signedInOnServer === undefined ? 'memory' : 'server';
document.documentElement.dataset['demoMode'] = mode;
byId('banner-server').hidden = mode !== 'server';
byId('banner-memory').hidden = mode !== 'memory';
document
  .querySelector('.banner')
  ?.setAttribute('aria-labelledby', mode === 'server' ? 'banner-title' : 'banner-title-memory');
byId('reset-demo').textContent = mode === 'server' ? 'Start over' : 'Reset demo data';

async function signIn(name: string, options: { reuseSession?: boolean } = {}): Promise<void> {
  userName = name;
  storeUserName(name);
  userField.value = name;
  avatar.textContent = name.trim().charAt(0) || '?';
  signInButton.disabled = true;
  const account = mode === 'server' ? await signInOnServer(name, options) : memoryAccount(name);
  provider.client = account.client;
  actions.setAccount(account);
  accountSecurity.refresh();
  await journey.start(account);
}

userField.addEventListener('input', () => {
  signInButton.disabled = normalizeUserName(userField.value) === normalizeUserName(userName);
});
signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!userField.reportValidity()) return;
  const name = userField.value.trim();
  if (normalizeUserName(name) !== normalizeUserName(userName)) void signIn(name);
});

// Memory mode: forget this browser's demo accounts. Server mode: the server deletes this user's
// MFA data (`deleteUser`), so the same name starts again from nothing.
byId('reset-demo').addEventListener('click', () => {
  void (async () => {
    helpers.enroll.forget();
    helpers.verify.forget();
    clearDemoData();
    forgetSecrets();
    if (mode === 'server') await resetOnServer();
    await signIn(userName, { reuseSession: mode === 'server' });
    byId('step-enroll').scrollIntoView({ block: 'start' });
  })();
});

// A reload keeps the server session (and with it, whether it passed two-step verification).
if (mode === 'server' && signedInOnServer) await signIn(signedInOnServer, { reuseSession: true });
else await signIn(storedUserName());
// The page has restored (or started) its session: scripts driving it (the demo walk) wait for this.
document.documentElement.dataset['demoReady'] = 'true';

// Highlight the section in view in the header's navigation.
const navLinks = [...document.querySelectorAll<HTMLAnchorElement>('.site-nav a')];
const sectionObserver = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      for (const link of navLinks) {
        if (link.hash === `#${entry.target.id}`) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }
  },
  { rootMargin: '-45% 0px -50% 0px' },
);
for (const link of navLinks) {
  const section = document.getElementById(link.hash.slice(1));
  if (section) sectionObserver.observe(section);
}
