import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../components/otp-input/mfa-otp-input.js';
import { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import { MfaCompleteEvent } from '../../../src/events/mfa-complete.js';
import { english as en } from '../../support/english.js';
import { caretCell, digitWidth, shownDigits } from '../../support/otp-digits.js';
import { expectSameNode } from '../../support/same-node.js';
import { withClipboard } from '../../support/clipboard.js';

const SEPARATED = ['123 456', '123-456', ' 123456 '];

/** The native input: the host's own light-DOM child. */
function inner(el: MfaOtpInput): HTMLInputElement {
  const input = el.querySelector('input');
  if (!input) throw new Error('no inner input');
  return input;
}

function cells(el: MfaOtpInput): HTMLElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="cell"]') ?? []);
}

/** The digit the native input draws in each cell. */
function cellTexts(el: MfaOtpInput): string[] {
  return shownDigits(el, inner(el));
}

function partsOf(el: MfaOtpInput, name: string): number[] {
  return cells(el).flatMap((cell, index) => (cell.part.contains(name) ? [index] : []));
}

function errorPart(el: MfaOtpInput): HTMLElement {
  const error = el.shadowRoot?.querySelector<HTMLElement>('[part="error"]');
  if (!error) throw new Error('no error part');
  return error;
}

/** Record events of the given types on a target, with the field's value when each fired. */
function record(
  target: EventTarget,
  field: MfaOtpInput,
  ...types: string[]
): Array<{ event: Event; value: string }> {
  const seen: Array<{ event: Event; value: string }> = [];
  for (const type of types)
    target.addEventListener(type, (event) => seen.push({ event, value: field.value }));
  return seen;
}

const typesOf = (seen: Array<{ event: Event }>) => seen.map(({ event }) => event.type);

async function focused(el: MfaOtpInput): Promise<HTMLInputElement> {
  el.focus();
  await el.updateComplete;
  expect(document.activeElement === inner(el)).to.equal(true);
  return inner(el);
}

/** A paste as the browser dispatches it, with the text in a DataTransfer. */
function paste(input: HTMLInputElement, text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  input.dispatchEvent(event);
  return event;
}

/** What an OS or password-manager autofill does: set the value and fire `input`, no paste event. */
function autofill(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }),
  );
}

async function type(el: MfaOtpInput, text: string): Promise<void> {
  await focused(el);
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: MfaOtpInput, ...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
  await el.updateComplete;
}

async function clickAt(element: Element, dx = 0.5): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width * dx), Math.round(rect.top + rect.height / 2)],
  });
}

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

describe('<mfa-otp-input>', () => {
  describe('accessibility', () => {
    it('passes axe when empty', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe when partly filled and focused', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="123"></mfa-otp-input>`);
      await focused(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe when complete', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="123456"></mfa-otp-input>`);
      expect(el.hasState('complete')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes axe with an error', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input value="123456" error-message="That code didn't work."></mfa-otp-input>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe when disabled', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input value="12" disabled></mfa-otp-input>`,
      );
      await expect(el).to.be.accessible();
    });

    it('passes axe with a <label>', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><label for="otp">Code from your app</label><mfa-otp-input id="otp"></mfa-otp-input></div>`,
      );
      await expect(root).to.be.accessible();
    });

    it('passes axe in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const root = await fixture<HTMLElement>(
        html`<div class="dark-page"><mfa-otp-input value="12" error-message="Wrong code"></mfa-otp-input></div>`,
      );
      root.style.setProperty('color-scheme', 'dark');
      root.style.setProperty('background', 'Canvas');
      root.style.setProperty('color', 'CanvasText');
      await expect(root).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('renders one native one-time-code input drawn as six cells', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      expect(el.shadowRoot?.querySelectorAll('input').length).to.equal(0);
      expect(el.querySelectorAll('input').length).to.equal(1);
      const input = inner(el);
      expect(input.getAttribute('part')).to.equal('input');
      expect(input.type).to.equal('text');
      expect(input.autocomplete).to.equal('one-time-code');
      expect(input.inputMode).to.equal('numeric');
      expect(input.hasAttribute('maxlength')).to.equal(false);
      expect(cells(el)).to.have.length(6);
      expect(cellTexts(el)).to.deep.equal(['', '', '', '', '', '']);
      expect(el.shadowRoot?.querySelector('.cells')?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('has the documented defaults', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      expect(el.value).to.equal('');
      expect(el.length).to.equal(6);
      expect(el.name).to.equal('');
      expect(el.required).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(el.readonly).to.equal(false);
      expect(el.autoSubmit).to.equal(false);
      expect(el.errorMessage).to.equal('');
      expect(el.complete).to.equal(false);
      expect(el.hasState('complete')).to.equal(false);
      expect(el.hasState('invalid')).to.equal(false);
      expect(el.validity.valid).to.equal(true);
      expect(inner(el).getAttribute('aria-label')).to.equal(en.otpLabel);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
      expect(inner(el).hasAttribute('aria-description')).to.equal(false);
      expect(errorPart(el).getAttribute('role')).to.equal('alert');
      expect(errorPart(el).textContent?.trim()).to.equal('');
      expect(el.shadowRoot?.delegatesFocus).to.equal(true);
    });

    it('draws `length` cells and keeps its value', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input length="8" value="1234"></mfa-otp-input>`,
      );
      expect(cells(el)).to.have.length(8);
      expect(cellTexts(el)).to.deep.equal(['1', '2', '3', '4', '', '', '', '']);
      expect(partsOf(el, 'cell-filled')).to.deep.equal([0, 1, 2, 3]);
      el.length = 4;
      await el.updateComplete;
      expect(cells(el)).to.have.length(4);
      expect(el.complete).to.equal(true);
      expect(el.hasState('complete')).to.equal(true);
    });

    it('falls back to six cells for a length that is not a number from 1 to 32', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input length="nope"></mfa-otp-input>`);
      expect(cells(el)).to.have.length(6);
      el.length = 0;
      await el.updateComplete;
      expect(cells(el)).to.have.length(6);
    });

    it('defines the tag once and leaves a taken tag alone', async () => {
      expect(customElements.get('mfa-otp-input')).to.equal(MfaOtpInput);
      await import('../../../components/otp-input/mfa-otp-input.js');
      expect(customElements.get('mfa-otp-input')).to.equal(MfaOtpInput);
    });
  });

  describe('typing', () => {
    it('takes typed digits, one per cell, and shows the caret in the next empty cell', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await focused(el);
      expect(partsOf(el, 'cell-active')).to.deep.equal([0]);
      expect(caretCell(el, inner(el))).to.equal(0);
      await sendKeys({ type: '12' });
      await el.updateComplete;
      expect(el.value).to.equal('12');
      expect(cellTexts(el)).to.deep.equal(['1', '2', '', '', '', '']);
      expect(partsOf(el, 'cell-filled')).to.deep.equal([0, 1]);
      expect(partsOf(el, 'cell-active')).to.deep.equal([2]);
      expect(caretCell(el, inner(el))).to.equal(2);
      await sendKeys({ type: '3456' });
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      expect(el.hasState('complete')).to.equal(true);
      expect(partsOf(el, 'cell-active')).to.deep.equal([5]);
      expect(caretCell(el, inner(el))).to.equal(null);
    });

    it('shows no active cell or caret without focus', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="12"></mfa-otp-input>`);
      expect(partsOf(el, 'cell-active')).to.deep.equal([]);
      expect(caretCell(el, inner(el))).to.equal(null);
      await focused(el);
      inner(el).blur();
      await el.updateComplete;
      expect(partsOf(el, 'cell-active')).to.deep.equal([]);
    });

    it('ignores letters and symbols', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      const seen = record(el, el, 'input');
      await type(el, 'a1-b2 ');
      expect(el.value).to.equal('12');
      expect(inner(el).value).to.equal('12');
      expect(inner(el).selectionStart).to.equal(2);
      expect(seen.map(({ value }) => value)).to.deep.equal(['1', '12']);
    });

    it('ignores typing past the end', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '123456');
      const seen = record(el, el, 'input', 'change', 'mfa-complete');
      await sendKeys({ type: '78' });
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      expect(inner(el).value).to.equal('123456');
      expect(inner(el).selectionStart).to.equal(6);
      expect(seen).to.deep.equal([]);
    });

    it('deletes with Backspace and Delete', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '123456');
      await press(el, 'Backspace');
      expect(el.value).to.equal('12345');
      expect(el.hasState('complete')).to.equal(false);
      expect(caretCell(el, inner(el))).to.equal(5);
      await press(el, 'Home', 'Delete');
      expect(el.value).to.equal('2345');
      await press(el, 'End', 'Backspace', 'Backspace');
      expect(el.value).to.equal('23');
    });

    it('inserts at the caret after ArrowLeft when there is room', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '1245');
      await press(el, 'ArrowLeft', 'ArrowLeft');
      expect(inner(el).selectionStart).to.equal(2);
      expect(partsOf(el, 'cell-active')).to.deep.equal([2]);
      await sendKeys({ type: '3' });
      await el.updateComplete;
      expect(el.value).to.equal('12345');
      expect(inner(el).selectionStart).to.equal(3);
    });

    it('overwrites the digit after the caret when the field is full', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '123456');
      const seen = record(el, el, 'input', 'mfa-complete');
      await press(el, 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
      expect(partsOf(el, 'cell-active')).to.deep.equal([3]);
      await sendKeys({ type: '9' });
      await el.updateComplete;
      expect(el.value).to.equal('123956');
      expect(inner(el).value).to.equal('123956');
      expect(inner(el).selectionStart).to.equal(4);
      expect(typesOf(seen)).to.deep.equal(['input', 'mfa-complete']);
    });

    it('replaces the code after Home and a whole new code typed in', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '123456');
      await press(el, 'Home');
      await sendKeys({ type: '654321' });
      await el.updateComplete;
      expect(el.value).to.equal('654321');
    });

    it('replaces everything on select-all and type', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '123456');
      await press(el, 'ControlOrMeta+a');
      expect(partsOf(el, 'cell-active')).to.deep.equal([0, 1, 2, 3, 4, 5]);
      await sendKeys({ type: '7' });
      await el.updateComplete;
      expect(el.value).to.equal('7');
      expect(cellTexts(el)).to.deep.equal(['7', '', '', '', '', '']);
    });

    it('selects the digit of a clicked cell so typing replaces it', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="123456"></mfa-otp-input>`);
      await clickAt(cells(el)[2]);
      await el.updateComplete;
      const input = inner(el);
      expect(document.activeElement === input).to.equal(true);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([2, 3]);
      expect(partsOf(el, 'cell-active')).to.deep.equal([2]);
      await sendKeys({ type: '9' });
      await el.updateComplete;
      expect(el.value).to.equal('129456');
    });

    it('puts the caret at the end when a cell past the value is clicked', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="12"></mfa-otp-input>`);
      await clickAt(cells(el)[4]);
      await el.updateComplete;
      const input = inner(el);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([2, 2]);
      expect(caretCell(el, inner(el))).to.equal(2);
      await sendKeys({ type: '3' });
      await el.updateComplete;
      expect(el.value).to.equal('123');
    });

    it('does not type when readonly, but can be focused', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input readonly value="12"></mfa-otp-input>`,
      );
      const seen = record(el, el, 'input');
      await type(el, '34');
      await press(el, 'Backspace');
      expect(el.value).to.equal('12');
      expect(inner(el).readOnly).to.equal(true);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('paste and autofill', () => {
    for (const text of SEPARATED) {
      it(`pastes ${JSON.stringify(text)} from a ClipboardEvent as 123456`, async () => {
        const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
        const input = await focused(el);
        const seen = record(el, el, 'input', 'change', 'mfa-complete');
        const event = paste(input, text);
        await el.updateComplete;
        expect(event.defaultPrevented).to.equal(true);
        expect(el.value).to.equal('123456');
        expect(input.value).to.equal('123456');
        expect(input.selectionStart).to.equal(6);
        expect(cellTexts(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
        expect(typesOf(seen)).to.deep.equal(['input', 'change', 'mfa-complete']);
        expect(seen.every(({ value }) => value === '123456')).to.equal(true);
      });

      it(`autofills ${JSON.stringify(text)} (input without paste) as 123456`, async () => {
        const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
        const input = inner(el);
        const seen = record(el, el, 'input', 'change', 'mfa-complete');
        autofill(input, text);
        await el.updateComplete;
        expect(el.value).to.equal('123456');
        expect(input.value).to.equal('123456');
        expect(el.hasState('complete')).to.equal(true);
        expect(typesOf(seen)).to.deep.equal(['input', 'change', 'mfa-complete']);
        expect(seen.every(({ value }) => value === '123456')).to.equal(true);
      });
    }

    it('pastes through the real clipboard with the keyboard', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      const source = document.createElement('textarea');
      source.value = 'Your code: 123-456';
      document.body.append(source);
      try {
        await withClipboard(async () => {
          source.focus();
          source.select();
          await sendKeys({ press: 'ControlOrMeta+c' });
          const input = await focused(el);
          const pasted = oneEvent(input, 'paste');
          await sendKeys({ press: 'ControlOrMeta+v' });
          const event = await pasted;
          expect(event.isTrusted).to.equal(true);
        });
        await el.updateComplete;
        expect(el.value).to.equal('123456');
      } finally {
        source.remove();
      }
    });

    it('replaces a partial value with a whole pasted code', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '98');
      paste(inner(el), '123 456');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
    });

    it('inserts a pasted part of a code at the caret', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '1256');
      await press(el, 'ArrowLeft', 'ArrowLeft');
      paste(inner(el), '3-4');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      expect(inner(el).selectionStart).to.equal(4);
    });

    it('cuts a longer pasted code to the length', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      paste(await focused(el), '1234 5678');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
    });

    it('ignores a paste without digits', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '12');
      const seen = record(el, el, 'input');
      const event = paste(inner(el), 'hello');
      await el.updateComplete;
      expect(event.defaultPrevented).to.equal(true);
      expect(el.value).to.equal('12');
      expect(seen).to.deep.equal([]);
    });

    it('turns digits of other scripts into ASCII', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      paste(await focused(el), '١٢٣ ۴۵۶');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      el.clear();
      autofill(inner(el), '１２３４５６');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
    });

    it('autofills over a complete value', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '999999');
      const seen = record(el, el, 'mfa-complete');
      autofill(inner(el), '123 456');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      expect(seen).to.have.length(1);
    });

    it('does not paste when readonly', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input readonly value="12"></mfa-otp-input>`,
      );
      const event = paste(await focused(el), '123456');
      expect(event.defaultPrevented).to.equal(false);
      expect(el.value).to.equal('12');
    });
  });

  describe('events', () => {
    it('fires input from the host with the cleaned value, and hides the native events', async () => {
      const root = await fixture<HTMLElement>(html`<div><mfa-otp-input></mfa-otp-input></div>`);
      const el = root.querySelector('mfa-otp-input')!;
      await el.updateComplete;
      const onHost = record(el, el, 'input');
      const onDocument = record(document, el, 'input', 'beforeinput', 'change');
      await type(el, '1a2');
      paste(inner(el), '3 4');
      await el.updateComplete;
      expect(onHost.map(({ value }) => value)).to.deep.equal(['1', '12', '1234']);
      for (const { event } of onHost) {
        expectSameNode(event.target, el, 'the event target');
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(event).to.not.be.instanceOf(InputEvent);
      }
      // The document sees exactly the host's events: no native duplicates, no unsanitized value.
      expect(onDocument.map(({ event, value }) => [event.type, value])).to.deep.equal([
        ['input', '1'],
        ['input', '12'],
        ['input', '1234'],
      ]);
    });

    it('fires change when complete and when leaving after a change, not without one', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><mfa-otp-input></mfa-otp-input><button>next</button></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      const seen = record(root, el, 'change');
      await type(el, '123');
      expect(seen).to.deep.equal([]);
      root.querySelector('button')!.focus();
      await el.updateComplete;
      expect(seen.map(({ value }) => value)).to.deep.equal(['123']);
      expectSameNode(seen[0].event.target, el, 'the event target');
      expect(seen[0].event.bubbles).to.equal(true);
      expect(seen[0].event.composed).to.equal(false);
      await focused(el);
      root.querySelector('button')!.focus();
      expect(seen).to.have.length(1);
      await focused(el);
      await sendKeys({ type: '456' });
      expect(seen.map(({ value }) => value)).to.deep.equal(['123', '123456']);
      root.querySelector('button')!.focus();
      expect(seen).to.have.length(2);
    });

    it('fires no event when a script sets the value or clears the field', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      const seen = record(el, el, 'input', 'change', 'mfa-complete');
      const input = await focused(el);
      el.value = '123456';
      await el.updateComplete;
      expect(input.value).to.equal('123456');
      el.clear();
      await el.updateComplete;
      input.blur();
      expect(seen).to.deep.equal([]);
    });

    it('fires mfa-complete once per completion, with no code in it', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      const completes: MfaCompleteEvent[] = [];
      document.addEventListener('mfa-complete', (event) => completes.push(event));
      try {
        await type(el, '123456');
        expect(completes).to.have.length(1);
        const event = completes[0];
        expect(event).to.be.instanceOf(MfaCompleteEvent);
        expectSameNode(event.target, el, 'the event target');
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        expect((event as unknown as { detail?: unknown }).detail).to.equal(undefined);
        // Every own and inherited property of the event: none holds the code (the target is the
        // field itself, whose `.value` is the one place to read it).
        for (const key in event) {
          const value = (event as unknown as Record<string, unknown>)[key];
          if (typeof value === 'function' || value instanceof EventTarget) continue;
          expect(String(value), key).to.not.contain('123456');
          if (value !== null && typeof value === 'object')
            expect(JSON.stringify(value), key).to.not.contain('123456');
        }
        expect(
          event
            .composedPath()
            .every((node) => node === el || !('value' in node) || node.value !== '123456'),
        ).to.equal(true);
        // Typing past the end and pasting the same code change nothing: no new event.
        await sendKeys({ type: '7' });
        paste(inner(el), '123456');
        expect(completes).to.have.length(1);
        // Changed and complete again: one more.
        await press(el, 'Backspace');
        await sendKeys({ type: '6' });
        expect(completes).to.have.length(2);
        await press(el, 'ArrowLeft');
        await sendKeys({ type: '0' });
        expect(el.value).to.equal('123450');
        expect(completes).to.have.length(3);
      } finally {
        // Listeners on document outlive the fixture.
        completes.length = 0;
      }
    });

    it('keeps focus and the caret at the start on clear()', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '1234');
      el.clear();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(document.activeElement === inner(el)).to.equal(true);
      expect(caretCell(el, inner(el))).to.equal(0);
      await sendKeys({ type: '5' });
      expect(el.value).to.equal('5');
    });

    it('leaves focus alone on clear() when it is elsewhere', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><mfa-otp-input value="12"></mfa-otp-input><button>x</button></div>`,
      );
      const button = root.querySelector('button')!;
      button.focus();
      root.querySelector('mfa-otp-input')!.clear();
      expect(document.activeElement === button).to.equal(true);
    });
  });

  describe('form', () => {
    it('submits the form once when complete with auto-submit', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-otp-input name="code" auto-submit></mfa-otp-input><button>Verify</button></form>`,
      );
      const el = form.querySelector('mfa-otp-input')!;
      const submitted: string[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push(String(new FormData(form).get('code')));
      });
      await type(el, '12345');
      expect(submitted).to.deep.equal([]);
      await sendKeys({ type: '67' });
      expect(submitted).to.deep.equal(['123456']);
    });

    it('does not submit on completion without auto-submit', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-otp-input name="code"></mfa-otp-input></form>`,
      );
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      await type(form.querySelector('mfa-otp-input')!, '123456');
      expect(submits).to.equal(0);
    });

    it('submits with Enter through the default button, after change', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form novalidate><mfa-otp-input name="code"></mfa-otp-input><button name="action" value="verify">Verify</button></form>`,
      );
      const el = form.querySelector('mfa-otp-input')!;
      const order: string[] = [];
      el.addEventListener('change', () => order.push('change'));
      form.querySelector('button')!.addEventListener('click', () => order.push('click'));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        order.push(`submit ${Array.from(new FormData(form, event.submitter)).join(' ')}`);
      });
      await type(el, '123');
      await press(el, 'Enter');
      expect(order).to.deep.equal(['change', 'click', 'submit code,123 action,verify']);
    });

    it('leaves Enter to a keydown listener that prevents it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-otp-input name="code"></mfa-otp-input><button>Go</button></form>`,
      );
      const el = form.querySelector('mfa-otp-input')!;
      el.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') event.preventDefault();
      });
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      await type(el, '123456');
      await press(el, 'Enter');
      expect(submits).to.equal(0);
    });

    it('is tooShort while partly filled, with a translated message', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await type(el, '123');
      expect(el.validity.tooShort).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).to.equal(en.otpTooShort({ count: 6 }));
      el.length = 4;
      await el.updateComplete;
      expect(el.validationMessage).to.equal(en.otpTooShort({ count: 4 }));
      await sendKeys({ type: '4' });
      expect(el.validity.valid).to.equal(true);
    });

    it('is patternMismatch for a scripted value with non-digits, and shows it as is', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      el.value = '12a456';
      await el.updateComplete;
      expect(el.validity.patternMismatch).to.equal(true);
      expect(el.validationMessage).to.equal(en.otpPatternMismatch);
      expect(el.complete).to.equal(false);
      expect(el.hasState('complete')).to.equal(false);
      expect(cellTexts(el)).to.deep.equal(['1', '2', 'a', '4', '5', '6']);
      // The user's next edit cleans it.
      await focused(el);
      await press(el, 'End', 'Backspace');
      expect(el.value).to.equal('1245');
      expect(el.validity.patternMismatch).to.equal(false);
    });

    it('is tooLong for more scripted digits than cells', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      el.value = '1234567';
      expect(el.validity.tooLong).to.equal(true);
      expect(el.validationMessage).to.equal(en.otpTooLong({ count: 6 }));
    });

    it('is valueMissing when required and empty, with the translated message', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input required></mfa-otp-input>`);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(en.otpValueMissing);
      // The host validates; the native input only says so (a required light-DOM input would
      // block the form a second time, with its own message).
      expect(inner(el).required).to.equal(false);
      expect(inner(el).getAttribute('aria-required')).to.equal('true');
      el.required = false;
      await el.updateComplete;
      expect(inner(el).hasAttribute('aria-required')).to.equal(false);
    });

    it('uses translated validation messages from `messages`', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input required></mfa-otp-input>`);
      el.messages = { otpValueMissing: 'Code fehlt.' };
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Code fehlt.');
    });

    it('reuses a failure message while typing, and formats it again when `messages` change', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      // What the browser shows (reportValidity's bubble): the internals', not the forcing getter.
      const shown = () => (el as unknown as { internals: ElementInternals }).internals;
      await type(el, '1');
      expect(shown().validationMessage).to.equal(en.otpTooShort({ count: 6 }));
      await press(el, 'Backspace');
      expect(shown().validationMessage).to.equal('');
      el.messages = {
        otpTooShort: { one: 'Noch {count} Ziffer.', other: 'Noch {count} Ziffern.' },
      };
      await el.updateComplete;
      await type(el, '2');
      expect(shown().validationMessage).to.equal('Noch 6 Ziffern.');
      expect(el.validity.tooShort).to.equal(true);
    });

    it('shows :state(invalid) after a failed submit, until reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-otp-input name="code" required></mfa-otp-input></form>`,
      );
      const el = form.querySelector('mfa-otp-input')!;
      expect(el.hasState('invalid')).to.equal(false);
      form.requestSubmit();
      await el.updateComplete;
      expect(el.hasState('invalid')).to.equal(true);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
      // The browser moved focus to the first invalid field: the native input.
      expect(document.activeElement === inner(el)).to.equal(true);
      await sendKeys({ type: '123456' });
      await el.updateComplete;
      expect(el.hasState('invalid')).to.equal(false);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(el.hasState('invalid')).to.equal(false);
    });
  });

  describe('labels', () => {
    it('is focused by a click on its <label for>', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><label for="otp">Code from your app</label><br /><mfa-otp-input id="otp"></mfa-otp-input></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      await clickAt(root.querySelector('label')!);
      await el.updateComplete;
      expect(document.activeElement === inner(el)).to.equal(true);
    });

    it('takes its accessible name from <label for> and a wrapping label', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <label for="a">Code from your app</label><mfa-otp-input id="a" label="ignored"></mfa-otp-input>
          <label>Backup code <mfa-otp-input></mfa-otp-input></label>
        </div>`,
      );
      const [a, b] = Array.from(root.querySelectorAll('mfa-otp-input'));
      await a.updateComplete;
      await b.updateComplete;
      expect(inner(a).getAttribute('aria-label')).to.equal('Code from your app');
      expect(inner(b).getAttribute('aria-label')).to.equal('Backup code');
    });

    it('picks up a label added later when focused', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><mfa-otp-input id="late"></mfa-otp-input></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      const label = document.createElement('label');
      label.htmlFor = 'late';
      label.textContent = 'SMS code';
      root.prepend(label);
      await focused(el);
      expect(inner(el).getAttribute('aria-label')).to.equal('SMS code');
    });

    it('uses `label` without a <label>, then the translated default', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input label="Authenticator code"></mfa-otp-input>`,
      );
      expect(inner(el).getAttribute('aria-label')).to.equal('Authenticator code');
      el.label = '';
      await el.updateComplete;
      expect(inner(el).getAttribute('aria-label')).to.equal(en.otpLabel);
      el.messages = { otpLabel: 'Bestätigungscode' };
      await el.updateComplete;
      expect(inner(el).getAttribute('aria-label')).to.equal('Bestätigungscode');
    });
  });

  describe('errors', () => {
    it('shows errorMessage in an alert that describes the input, and clears it', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="123456"></mfa-otp-input>`);
      el.errorMessage = "That code didn't work.";
      await el.updateComplete;
      const error = errorPart(el);
      expect(error.textContent?.trim()).to.equal("That code didn't work.");
      expect(error.getAttribute('role')).to.equal('alert');
      // An ID reference cannot reach from the light-DOM input into the shadow root.
      expect(inner(el).getAttribute('aria-description')).to.equal("That code didn't work.");
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
      expect(el.hasState('invalid')).to.equal(true);
      expect(el.matches(':state(invalid)')).to.equal(true);
      // Only the app's verdict: the form value stays valid.
      expect(el.validity.valid).to.equal(true);
      el.errorMessage = '';
      await el.updateComplete;
      expect(error.textContent?.trim()).to.equal('');
      expect(inner(el).hasAttribute('aria-description')).to.equal(false);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
      expect(el.hasState('invalid')).to.equal(false);
    });

    it('takes the error-message attribute', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input error-message="Expired"></mfa-otp-input>`,
      );
      expect(el.errorMessage).to.equal('Expired');
      expect(errorPart(el).textContent?.trim()).to.equal('Expired');
    });
  });

  describe('disabled', () => {
    it('disables the native input and is skipped by Tab', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><mfa-otp-input disabled></mfa-otp-input><button id="after">after</button></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      expect(inner(el).disabled).to.equal(true);
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      el.focus();
      expect(el.contains(document.activeElement)).to.equal(false);
      el.disabled = false;
      await el.updateComplete;
      el.focus();
      expect(document.activeElement === inner(el)).to.equal(true);
    });
  });

  describe('disabled while focused', () => {
    it('stops drawing focus and blinking', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="12"></mfa-otp-input>`);
      await focused(el);
      expect(partsOf(el, 'cell-active')).to.deep.equal([2]);
      el.disabled = true;
      await el.updateComplete;
      await el.updateComplete;
      await nextFrame();
      expect(inner(el).matches(':focus')).to.equal(false);
      expect(partsOf(el, 'cell-active')).to.deep.equal([]);
      expect(caretCell(el, inner(el))).to.equal(null);
    });
  });

  describe('security', () => {
    it('puts the code in no attribute, inside or out', async () => {
      const root = await fixture<HTMLElement>(
        html`<form><label for="c">Code</label><mfa-otp-input id="c" name="code"></mfa-otp-input></form>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      await type(el, '918273');
      expect(el.value).to.equal('918273');
      const nodes: Element[] = [
        root,
        ...Array.from(root.querySelectorAll('*')),
        ...Array.from(el.shadowRoot!.querySelectorAll('*')),
      ];
      for (const node of nodes) {
        for (const attribute of Array.from(node.attributes)) {
          expect(attribute.value, `${node.localName}[${attribute.name}]`).to.not.contain('918273');
        }
      }
    });
  });

  describe('keystroke cost', () => {
    it('keeps the layout of an edit inside the native input, which draws the digits centred in the cells', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="1"></mfa-otp-input>`);
      const input = inner(el);
      // Containment makes the input a relayout boundary (see otp-input.styles.ts, `npm run bench`).
      expect(getComputedStyle(input).contain).to.equal('strict');
      expect(getComputedStyle(cells(el)[0]).contain).to.equal('strict');
      // The cells hold no text of their own: the input's glyphs are the digits.
      expect(cells(el).every((cell) => cell.childNodes.length === 0)).to.equal(true);
      const style = getComputedStyle(input);
      expect(style.webkitTextFillColor).to.equal('rgb(31, 35, 40)');
      expect(style.fontVariantNumeric).to.equal('tabular-nums');
      await type(el, '23456');
      const box = cells(el)[0].getBoundingClientRect();
      const left = box.left + (box.width - digitWidth(input)) / 2;
      // Glyph i starts at the text start plus i pitches; centred in cell i.
      const pitch = cells(el)[1].getBoundingClientRect().left - box.left;
      const start =
        input.getBoundingClientRect().left + parseFloat(style.paddingLeft) - input.scrollLeft;
      expect(Math.abs(start - left)).to.be.lessThan(1.5);
      expect(parseFloat(style.letterSpacing) + digitWidth(input)).to.be.closeTo(pitch, 0.5);
      expect(cellTexts(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    });

    it('changes no style and no attribute but the parts when a digit is typed', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="12"></mfa-otp-input>`);
      await focused(el);
      const changed: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const change of records)
          changed.push(`${(change.target as Element).localName}[${change.attributeName}]`);
      });
      observer.observe(el.shadowRoot!, { attributes: true, subtree: true, childList: true });
      observer.observe(el, { attributes: true });
      await sendKeys({ type: '3' });
      await el.updateComplete;
      observer.disconnect();
      expect(el.value).to.equal('123');
      // Only the moved parts (which the field's own styles never select by).
      expect([...new Set(changed)]).to.deep.equal(['div[part]']);
      expect(partsOf(el, 'cell-active')).to.deep.equal([3]);
      expect(partsOf(el, 'cell-filled')).to.deep.equal([0, 1, 2]);
    });
  });

  describe('right-to-left pages', () => {
    it('keeps the digits left to right, like the code on the screen it was read from', async () => {
      const root = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar"><mfa-otp-input value="12"></mfa-otp-input></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      const [first, second] = cells(el).map((cell) => cell.getBoundingClientRect());
      expect(first.left).to.be.lessThan(second.left);
      expect(cellTexts(el).slice(0, 2)).to.deep.equal(['1', '2']);
    });
  });

  describe('keyboard-only flow', () => {
    it('tabs in, takes the code, and fires change when tabbing out', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><button id="before">before</button><mfa-otp-input></mfa-otp-input><button id="after">after</button></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      const seen = record(el, el, 'input', 'change');
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === inner(el)).to.equal(true);
      await sendKeys({ type: '4321' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      expect(el.value).to.equal('4321');
      expect(typesOf(seen)).to.deep.equal(['input', 'input', 'input', 'input', 'change']);
      expect(seen.at(-1)!.value).to.equal('4321');
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement === inner(el)).to.equal(true);
    });
  });

  describe('styles', () => {
    it('lets the native input reach --mfa-otp-badge-room past the last cell', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      const last = cells(el).at(-1)!.getBoundingClientRect();
      const input = inner(el).getBoundingClientRect();
      expect(input.right - last.right).to.be.closeTo(40, 1);
      expect(input.left).to.be.closeTo(cells(el)[0].getBoundingClientRect().left, 1);
      el.style.setProperty('--mfa-otp-badge-room', '0px');
      expect(inner(el).getBoundingClientRect().right).to.be.closeTo(last.right, 1);
    });

    it('takes the cell size and gap from custom properties', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      el.style.setProperty('--mfa-otp-cell-size', '40px');
      el.style.setProperty('--mfa-otp-gap', '10px');
      const [first, second] = cells(el).map((cell) => cell.getBoundingClientRect());
      expect(first.width).to.equal(40);
      expect(first.height).to.equal(50);
      expect(second.left - first.right).to.equal(10);
    });

    it('shows the native caret, which blinks by itself and holds still under prefers-reduced-motion', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      await focused(el);
      const style = getComputedStyle(inner(el));
      expect(style.caretColor).to.equal('rgb(31, 35, 40)');
      expect(caretCell(el, inner(el))).to.equal(0);
      expect(style.getPropertyValue('caret-animation')).to.equal('auto');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(inner(el)).getPropertyValue('caret-animation')).to.equal('manual');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      // Never a CSS animation or timer-driven attribute: either costs a style pass while idle.
      for (const node of [inner(el), ...Array.from(el.shadowRoot!.querySelectorAll('*'))])
        expect(getComputedStyle(node).animationName).to.equal('none');
    });

    it('rings the row while focused, and the cells of a selection', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="1234"></mfa-otp-input>`);
      const row = el.shadowRoot!.querySelector<HTMLElement>('.cells')!;
      expect(getComputedStyle(row).outlineStyle).to.equal('none');
      await focused(el);
      expect(getComputedStyle(row).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(row).outlineWidth)).to.be.at.least(2);
      expect(getComputedStyle(cells(el)[1]).outlineStyle).to.equal('none');
      inner(el).setSelectionRange(1, 3);
      // `selectionchange` is a task of its own, which a busy machine may run after the next frame.
      const ringed = (): string[] => cells(el).map((cell) => getComputedStyle(cell).outlineStyle);
      await waitUntil(
        () => partsOf(el, 'cell-active').join() === '1,2',
        'the selection never reached the cells',
      );
      expect(ringed()).to.deep.equal(['none', 'solid', 'solid', 'none', 'none', 'none']);
      expect(partsOf(el, 'cell-active')).to.deep.equal([1, 2]);
    });

    it('follows the page color-scheme, light by default', async () => {
      const dark = document.createElement('div');
      dark.style.setProperty('color-scheme', 'dark');
      dark.append(document.createElement('mfa-otp-input'));
      const root = await fixture<HTMLElement>(
        html`<div><mfa-otp-input></mfa-otp-input>${dark}</div>`,
      );
      await Promise.all(
        Array.from(root.querySelectorAll('mfa-otp-input'), (el) => el.updateComplete),
      );
      const [lightCell, darkCell] = Array.from(root.querySelectorAll('mfa-otp-input'), (el) =>
        getComputedStyle(cells(el)[0]),
      );
      // The kit's palette (the views' defaults), with a cell border of 3:1 (see "palette").
      expect(lightCell.borderTopColor).to.equal('rgb(129, 139, 152)');
      expect(darkCell.borderTopColor).to.equal('rgb(101, 108, 118)');
      expect(lightCell.backgroundColor).to.equal('rgb(246, 248, 250)');
      expect(darkCell.backgroundColor).to.not.equal(lightCell.backgroundColor);
      expect(darkCell.color).to.not.equal(lightCell.color);
      // The digits are the native input's own text: they follow the scheme too, at 4.5:1.
      const [lightText, darkText] = Array.from(
        root.querySelectorAll('mfa-otp-input'),
        (el) => getComputedStyle(inner(el)).webkitTextFillColor,
      );
      expect(lightText).to.equal('rgb(31, 35, 40)');
      expect(darkText).to.equal('rgb(230, 237, 243)');
    });

    it('keeps the native selection highlight invisible (a selection rings its cells)', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="123"></mfa-otp-input>`);
      expect(getComputedStyle(inner(el), '::selection').backgroundColor).to.equal(
        'rgba(0, 0, 0, 0)',
      );
      await aTimeout(0);
    });
  });
});
