/**
 * mfa-elements demo. Uses the kit straight from source and one <mfa-provider> holding an in-page
 * memory client (prototype mode: every secret lives in this page and its localStorage).
 */
import '../src/all.js';
import type { MfaProvider } from '../src/index.js';
import { byId } from './dom.js';
import { setUpEventLog } from './event-log.js';
import { Journey } from './journey.js';
import { setUpPlayground } from './playground.js';
import { setUpSchemePicker } from './scheme.js';
import { forgetSecrets } from './secrets.js';
import { clearDemoData, createDemoClient, normalizeUserName, storedUserName, storeUserName } from './session.js';
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
const journey = new Journey(helpers);

const signInForm = byId<HTMLFormElement>('signin-form');
const userField = byId<HTMLInputElement>('user-name');
const avatar = byId('account-avatar');
const signInButton = byId<HTMLButtonElement>('signin-submit');
let userName = '';

function signIn(name: string): void {
  userName = name;
  storeUserName(name);
  userField.value = name;
  avatar.textContent = name.trim().charAt(0) || '?';
  signInButton.disabled = true;
  const client = createDemoClient(name);
  provider.client = client;
  void journey.start(client, name);
}

userField.addEventListener('input', () => {
  signInButton.disabled = normalizeUserName(userField.value) === normalizeUserName(userName);
});
signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!userField.reportValidity()) return;
  const name = userField.value.trim();
  if (normalizeUserName(name) !== normalizeUserName(userName)) signIn(name);
});

byId('reset-demo').addEventListener('click', () => {
  clearDemoData();
  forgetSecrets();
  helpers.enroll.forget();
  helpers.verify.forget();
  signIn(userName);
  byId('step-enroll').scrollIntoView({ block: 'start' });
});

signIn(storedUserName());

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
