/**
 * The <mfa-otp-input> playground: attribute controls, the markup they produce, a live FormData
 * readout and validity. Everything here goes through the element's public API.
 */
import type { MfaOtpInput } from '../src/index.js';
import { byId, h } from './dom.js';
import type { EventLog } from './event-log.js';
import { rememberSecret } from './secrets.js';

export function setUpPlayground(log: EventLog): void {
  const form = byId<HTMLFormElement>('play-form');
  const otp = byId<MfaOtpInput>('play-otp');
  const status = byId('play-status');
  const formData = byId('formdata');
  const validity = byId('validity');
  const markup = byId('play-markup');
  const name = byId<HTMLInputElement>('ctl-name');
  const length = byId<HTMLSelectElement>('ctl-length');
  const required = byId<HTMLInputElement>('ctl-required');
  const autoSubmit = byId<HTMLInputElement>('ctl-auto-submit');
  const disabled = byId<HTMLInputElement>('ctl-disabled');
  const error = byId<HTMLInputElement>('ctl-error');

  const ERROR_TEXT = 'That code didn’t work. Try again.';

  const readout = (): void => {
    const entries = [...new FormData(form).entries()];
    const rows: Node[] = [];
    for (const [key, value] of entries) {
      rows.push(
        h('dt', { text: key }),
        h('dd', { text: JSON.stringify(typeof value === 'string' ? value : value.name) }),
      );
    }
    if (rows.length === 0)
      rows.push(
        h('div', { className: 'empty', text: 'nothing — the field has no name, or is disabled' }),
      );
    formData.replaceChildren(...rows);
    // validity, not checkValidity(): the latter fires `invalid`, which would re-enter here.
    validity.textContent = otp.validity.valid
      ? 'validity.valid: true'
      : `validity.valid: false — ${otp.validationMessage}`;
  };

  const render = (): void => {
    const attrs: string[] = [];
    if (name.value) attrs.push(`name="${name.value}"`);
    if (length.value !== '6') attrs.push(`length="${length.value}"`);
    if (required.checked) attrs.push('required');
    if (autoSubmit.checked) attrs.push('auto-submit');
    if (disabled.checked) attrs.push('disabled');
    if (error.checked) attrs.push(`error-message="${ERROR_TEXT}"`);
    markup.textContent = `<mfa-otp-input${attrs.map((a) => `\n  ${a}`).join('')}\n></mfa-otp-input>`;
  };

  const apply = (): void => {
    // Attributes, not properties: this is the markup shown beside the form.
    if (name.value) otp.setAttribute('name', name.value);
    else otp.removeAttribute('name');
    otp.setAttribute('length', length.value);
    otp.toggleAttribute('required', required.checked);
    otp.toggleAttribute('auto-submit', autoSubmit.checked);
    otp.toggleAttribute('disabled', disabled.checked);
    if (error.checked) otp.setAttribute('error-message', ERROR_TEXT);
    else otp.removeAttribute('error-message');
    render();
    void otp.updateComplete.then(readout);
  };

  for (const control of [name, length, required, autoSubmit, disabled, error]) {
    control.addEventListener(control === name ? 'input' : 'change', apply);
  }

  otp.addEventListener('input', () => {
    if (otp.value.length >= 6) rememberSecret(otp.value);
    status.textContent = '';
    readout();
  });
  otp.addEventListener('change', readout);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(
      [...new FormData(form).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]),
    );
    log.note('submit', form, undefined);
    status.className = 'form-status small is-success';
    status.textContent = `Submitted: ${JSON.stringify(fields)} — the form got the code; no event did.`;
  });
  form.addEventListener('reset', () => {
    status.textContent = '';
    // Form reset reaches the element through formResetCallback; read the result afterwards.
    setTimeout(readout, 0);
  });

  apply();
}
