import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { html as litHtml } from 'lit';
import '../components/otp-input/mfa-otp-input.js';
import type { MfaOtpInput } from '../components/otp-input/otp-input.js';
import { MfaElement } from '../src/internal/mfa-element.js';
import '../src/i18n/en.js';
import { en, registerMessages, resolveMessages } from '../src/messages/index.js';
import { english } from './support/english.js';
import { MFA_ERROR_CODES, MfaError } from '../src/client/errors.js';
import { errorMessage } from '../src/messages/error-message.js';
import { messages as japanese } from '../src/i18n/ja.js';

/** A test-only element that shows one string of its messages. */
class MessageProbe extends MfaElement {
  override render() {
    return litHtml`<span>${this.msg.tryAgain}</span>`;
  }
  get text(): string {
    return this.shadowRoot!.querySelector('span')!.textContent;
  }
  get strings() {
    return this.msg;
  }
}
customElements.define('test-message-probe', MessageProbe);

class ShadowHost extends MfaElement {
  override render() {
    return litHtml`<test-message-probe></test-message-probe>`;
  }
  get probe(): MessageProbe {
    return this.shadowRoot!.querySelector('test-message-probe')!;
  }
}
customElements.define('test-message-shadow-host', ShadowHost);

registerMessages('de', {
  tryAgain: 'Erneut versuchen',
  copy: 'Kopieren',
  otpLabel: 'Bestätigungscode',
});
registerMessages('pt', { tryAgain: 'Tentar novamente' });
registerMessages('pt-BR', { copy: 'Copiar (BR)' });

describe('messages', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('defaults to English', async () => {
    const el = await fixture<MessageProbe>(html`<test-message-probe></test-message-probe>`);
    expect(el.text).to.equal(en.tryAgain);
  });

  it('lang on the element picks a registered translation', async () => {
    const el = await fixture<MessageProbe>(
      html`<test-message-probe lang="de"></test-message-probe>`,
    );
    expect(el.text).to.equal('Erneut versuchen');
    expect(el.strings.copy).to.equal('Kopieren');
    // Strings the translation lacks fall back to English.
    expect(el.strings.loading).to.equal(en.loading);
  });

  it('lang on an ancestor or the document applies too', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="de"><p><test-message-probe></test-message-probe></p></div>`,
    );
    expect(el.querySelector<MessageProbe>('test-message-probe')!.text).to.equal('Erneut versuchen');
    document.documentElement.lang = 'de';
    const top = await fixture<MessageProbe>(html`<test-message-probe></test-message-probe>`);
    expect(top.text).to.equal('Erneut versuchen');
  });

  it('the nearest lang wins', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<HTMLElement>(
      html`<div lang="en"><test-message-probe></test-message-probe></div>`,
    );
    expect(el.querySelector<MessageProbe>('test-message-probe')!.text).to.equal(en.tryAgain);
  });

  it('lang is inherited through shadow roots', async () => {
    const host = await fixture<ShadowHost>(
      html`<test-message-shadow-host lang="de"></test-message-shadow-host>`,
    );
    expect(host.probe.text).to.equal('Erneut versuchen');
  });

  it('a regional tag falls back to its primary language, and regional strings win', async () => {
    const el = await fixture<MessageProbe>(
      html`<test-message-probe lang="pt-BR"></test-message-probe>`,
    );
    expect(el.text).to.equal('Tentar novamente');
    expect(el.strings.copy).to.equal('Copiar (BR)');
    expect(resolveMessages('pt-PT').copy).to.equal(english.copy);
    expect(resolveMessages('PT-br').copy).to.equal('Copiar (BR)');
  });

  it('an unknown language falls back to English', async () => {
    const el = await fixture<MessageProbe>(
      html`<test-message-probe lang="tlh"></test-message-probe>`,
    );
    expect(el.text).to.equal(en.tryAgain);
  });

  it('.messages overrides single strings, over any translation', async () => {
    const el = await fixture<MessageProbe>(
      html`<test-message-probe lang="de" .messages=${{ tryAgain: 'Nochmal' }}></test-message-probe>`,
    );
    expect(el.text).to.equal('Nochmal');
    expect(el.strings.copy).to.equal('Kopieren');
    el.messages = { tryAgain: 'Noch einmal' };
    await el.updateComplete;
    expect(el.text).to.equal('Noch einmal');
  });

  it('messages with placeholders format through Intl in the language their text is in', () => {
    registerMessages('fr', { errorRetryIn: 'Trop de tentatives. Réessayez {time}.' });
    expect(resolveMessages('fr').errorRetryIn({ time: 5 })).to.equal(
      'Trop de tentatives. Réessayez dans 5 secondes.',
    );
    expect(resolveMessages('fr-CA').errorRetryIn({ time: 120 })).to.equal(
      'Trop de tentatives. Réessayez dans 2 minutes.',
    );
    expect(resolveMessages('en').errorRetryIn({ time: 1 })).to.equal(
      'Too many attempts. Try again in 1 second.',
    );
    // A key French lacks is English, with English plural rules and numbers.
    expect(resolveMessages('fr').otpTooShort({ count: 1 })).to.equal('Enter 1 digit.');
  });

  it('a real element follows lang and .messages (mfa-otp-input names its field from them)', async () => {
    const name = (field: MfaOtpInput) => field.querySelector('input')!.getAttribute('aria-label');
    const english = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
    expect(name(english)).to.equal(en.otpLabel);
    const german = await fixture<HTMLElement>(
      html`<div lang="de"><mfa-otp-input></mfa-otp-input></div>`,
    );
    expect(name(german.querySelector('mfa-otp-input')!)).to.equal('Bestätigungscode');
    const overridden = await fixture<MfaOtpInput>(
      html`<mfa-otp-input lang="de" .messages=${{ otpLabel: 'Code aus der App' }}></mfa-otp-input>`,
    );
    expect(name(overridden)).to.equal('Code aus der App');
  });
});

describe('message fallback and formatting', () => {
  it('looks a key up in the exact tag, then its shorter tags, then English (any case)', () => {
    registerMessages('zz', { tryAgain: 'zz again', loading: 'zz loading' });
    registerMessages('ZZ-Latn', { loading: 'zz-latn loading' });
    registerMessages('zz-latn-XY', { copy: 'zz-latn-xy copy' });
    const messages = resolveMessages('zz-Latn-xy');
    expect(messages.copy).to.equal('zz-latn-xy copy');
    expect(messages.loading).to.equal('zz-latn loading');
    expect(messages.tryAgain).to.equal('zz again');
    expect(messages.otpLabel).to.equal(en.otpLabel);
  });

  it('formats numbers, waits and plurals with Intl in the language of the text', () => {
    registerMessages('ru', {
      otpTooShort: {
        one: 'Введите {count} цифру.',
        few: 'Введите {count} цифры.',
        many: 'Введите {count} цифр.',
        other: 'Введите {count} цифры.',
      },
      errorRetryIn: 'Повторите попытку {time}.',
    });
    const ru = resolveMessages('ru');
    expect(ru.otpTooShort({ count: 1 })).to.equal('Введите 1 цифру.');
    expect(ru.otpTooShort({ count: 3 })).to.equal('Введите 3 цифры.');
    expect(ru.otpTooShort({ count: 6 })).to.equal('Введите 6 цифр.');
    expect(ru.otpTooShort({ count: 21 })).to.equal('Введите 21 цифру.');
    expect(ru.errorRetryIn({ time: 45 })).to.equal('Повторите попытку через 45 секунд.');
    expect(ru.errorRetryIn({ time: 61 })).to.equal('Повторите попытку через 2 минуты.');
    expect(english.recoveryCodesRemaining({ count: 1234 })).to.equal(
      'You have 1,234 recovery codes left.',
    );
    expect(english.recoveryCodesFileDate({ date: new Date(2026, 0, 31) })).to.equal(
      'Created January 31, 2026',
    );
  });

  it('every error code has its message, in English and in a translation', () => {
    const ja = resolveMessages('ja');
    for (const code of MFA_ERROR_CODES) {
      const text = errorMessage(english, new MfaError(code));
      expect(text, code).to.be.a('string').and.not.equal('');
      expect(Object.values(english), code).to.include(text);
      expect(errorMessage(ja, new MfaError(code)), code).not.to.equal(text);
    }
    expect(
      errorMessage(ja, new MfaError('rate-limited', 'slow down', { retryAfter: 90 })),
    ).to.equal(japanese.errorRetryIn.replace('{time}', '2 分後'));
  });

  it('a malformed lang attribute falls back to English formatting instead of throwing', () => {
    expect(resolveMessages('en_US!').otpTooShort({ count: 6 })).to.equal('Enter all 6 digits.');
  });
});

describe('development-mode warning for missing strings', () => {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
    delete (globalThis as { mfaElementsDevMode?: boolean }).mfaElementsDevMode;
  });

  it('lists the keys a language lacks, once per language, in development mode', async () => {
    (globalThis as { mfaElementsDevMode?: boolean }).mfaElementsDevMode = true;
    registerMessages('qa', { tryAgain: 'qa again' });
    resolveMessages('qa');
    // The warning's code is its own chunk, loaded on demand (a busy dev server takes a while).
    await waitUntil(() => warnings.length > 0, 'no warning', { timeout: 10_000 });
    resolveMessages('qa');
    resolveMessages('QA');
    await aTimeout(50);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"qa" lacks');
    // Keys of views not loaded yet are listed too; the ones it has are not.
    expect(warnings[0]).to.include('devicesDelete');
    expect(warnings[0]).to.include('loading');
    expect(warnings[0]).not.to.match(/\btryAgain\b/);
    // The English shows meanwhile.
    expect(resolveMessages('qa').loading).to.equal(en.loading);
  });

  it('says nothing in production (no flag, no process.env)', async () => {
    registerMessages('qb', { tryAgain: 'qb again' });
    expect(resolveMessages('qb').loading).to.equal(en.loading);
    await aTimeout(100);
    expect(warnings).to.deep.equal([]);
  });
});
