import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../components/otp-input/mfa-otp-input.js';
import type { MfaOtpInput } from '../components/otp-input/otp-input.js';
import { MfaElement } from '../src/internal/mfa-element.js';
import { en, registerMessages, resolveMessages } from '../src/messages/index.js';

/** A test-only element that shows one string of its messages. */
class MessageProbe extends MfaElement {
  override render() {
    return litHtml`<span>${this.msg.tryAgain}</span>`;
  }
  get text(): string {
    return this.shadowRoot!.querySelector('span')!.textContent!;
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

registerMessages('de', { tryAgain: 'Erneut versuchen', copy: 'Kopieren', otpLabel: 'Bestätigungscode' });
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
    const el = await fixture<MessageProbe>(html`<test-message-probe lang="de"></test-message-probe>`);
    expect(el.text).to.equal('Erneut versuchen');
    expect(el.strings.copy).to.equal('Kopieren');
    // Strings the translation lacks fall back to English.
    expect(el.strings.loading).to.equal(en.loading);
  });

  it('lang on an ancestor or the document applies too', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="de"><p><test-message-probe></test-message-probe></p></div>`);
    expect(el.querySelector<MessageProbe>('test-message-probe')!.text).to.equal('Erneut versuchen');
    document.documentElement.lang = 'de';
    const top = await fixture<MessageProbe>(html`<test-message-probe></test-message-probe>`);
    expect(top.text).to.equal('Erneut versuchen');
  });

  it('the nearest lang wins', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<HTMLElement>(html`<div lang="en"><test-message-probe></test-message-probe></div>`);
    expect(el.querySelector<MessageProbe>('test-message-probe')!.text).to.equal(en.tryAgain);
  });

  it('lang is inherited through shadow roots', async () => {
    const host = await fixture<ShadowHost>(html`<test-message-shadow-host lang="de"></test-message-shadow-host>`);
    expect(host.probe.text).to.equal('Erneut versuchen');
  });

  it('a regional tag falls back to its primary language, and regional strings win', async () => {
    const el = await fixture<MessageProbe>(html`<test-message-probe lang="pt-BR"></test-message-probe>`);
    expect(el.text).to.equal('Tentar novamente');
    expect(el.strings.copy).to.equal('Copiar (BR)');
    expect(resolveMessages('pt-PT').copy).to.equal(en.copy);
  });

  it('an unknown language falls back to English', async () => {
    const el = await fixture<MessageProbe>(html`<test-message-probe lang="tlh"></test-message-probe>`);
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
    expect(resolveMessages('fr').errorRetryIn({ time: 5 })).to.equal('Trop de tentatives. Réessayez dans 5 secondes.');
    expect(resolveMessages('fr-CA').errorRetryIn({ time: 120 })).to.equal('Trop de tentatives. Réessayez dans 2 minutes.');
    expect(resolveMessages('en').errorRetryIn({ time: 1 })).to.equal('Too many attempts. Try again in 1 second.');
    // A key French lacks is English, with English plural rules and numbers.
    expect(resolveMessages('fr').otpTooShort({ count: 1 })).to.equal('Enter 1 digit.');
  });

  it('a real element follows lang and .messages (mfa-otp-input names its field from them)', async () => {
    const name = (field: MfaOtpInput) => field.shadowRoot!.querySelector('input')!.getAttribute('aria-label');
    const english = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
    expect(name(english)).to.equal(en.otpLabel);
    const german = await fixture<HTMLElement>(html`<div lang="de"><mfa-otp-input></mfa-otp-input></div>`);
    expect(name(german.querySelector('mfa-otp-input')!)).to.equal('Bestätigungscode');
    const overridden = await fixture<MfaOtpInput>(html`<mfa-otp-input lang="de" .messages=${{ otpLabel: 'Code aus der App' }}></mfa-otp-input>`);
    expect(name(overridden)).to.equal('Code aus der App');
  });
});
