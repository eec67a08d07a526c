// Issue 11, items 5, 6 and 10 for <mfa-otp-input>: the native input lives in the host's light
// DOM (password managers that scan the page find it), page styles cannot change the field, the
// native caret stands in the active cell, and the row starts at the inline start.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../components/otp-input/mfa-otp-input.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import { digitWidth, nativeCaretX, shownDigits } from '../../support/otp-digits.js';

function inner(el: MfaOtpInput): HTMLInputElement {
  const input = el.querySelector('input');
  if (!input) throw new Error('no native input in the light DOM');
  return input;
}

function cells(el: MfaOtpInput): HTMLElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="cell"]') ?? []);
}

const cellTexts = (el: MfaOtpInput) => shownDigits(el, inner(el));

/** What 1Password, Bitwarden and others do: set the value, fire bubbling `input` and `change`. */
function managerFill(input: HTMLInputElement, code: string): void {
  input.focus();
  input.value = code;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function record(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

/** A stylesheet in the page's <head>, removed by the test. */
function pageStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

const round = (rect: DOMRect) => [rect.x, rect.y, rect.width, rect.height].map(Math.round);

describe('<mfa-otp-input> light-DOM input', () => {
  describe('password managers', () => {
    it('is found by a light-DOM scan of the document, and nowhere in the shadow root', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      const found = Array.from(document.querySelectorAll('input[autocomplete="one-time-code"]'));
      expect(found.length).to.equal(1);
      expect(found[0] === inner(el)).to.equal(true);
      expect(inner(el).parentElement === el).to.equal(true);
      expect(inner(el).inputMode).to.equal('numeric');
      expect(inner(el).type).to.equal('text');
      expect(inner(el).assignedSlot?.name).to.equal('input');
      expect(el.shadowRoot?.querySelector('input')).to.equal(null);
      // Visible to a manager's visibility check: a real box, opaque, not hidden.
      const box = inner(el).getBoundingClientRect();
      expect(box.width).to.be.greaterThan(100);
      expect(box.height).to.be.greaterThan(20);
      expect(getComputedStyle(inner(el)).visibility).to.equal('visible');
      expect(getComputedStyle(inner(el)).opacity).to.equal('1');
    });

    it('takes a manager-style fill: value, cells, input, change and mfa-complete once', async () => {
      const root = await fixture<HTMLElement>(html`<div><mfa-otp-input></mfa-otp-input></div>`);
      const el = root.querySelector('mfa-otp-input')!;
      await el.updateComplete;
      const onHost = record(el, 'input', 'change', 'mfa-complete');
      const onRoot = record(root, 'input', 'change', 'mfa-complete');
      managerFill(inner(el), '123456');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
      expect(el.hasState('complete')).to.equal(true);
      expect(cellTexts(el)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(onHost.map((event) => event.type)).to.deep.equal(['input', 'change', 'mfa-complete']);
      expect(onHost.every((event) => event.target === el)).to.equal(true);
      // The page sees the host's events only: the native input's own events stop at it.
      expect(onRoot.map((event) => event.type)).to.deep.equal(['input', 'change', 'mfa-complete']);
      expect(onRoot.every((event) => event.target === el)).to.equal(true);
    });

    for (const [text, label] of [
      ['123 456', 'spaces'],
      ['123-456', 'a dash'],
      ['١٢٣٤٥٦', 'Arabic-Indic digits'],
      ['۱۲۳۴۵۶', 'Persian digits'],
    ]) {
      it(`cleans a manager-style fill with ${label}`, async () => {
        const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
        const completes = record(el, 'mfa-complete');
        managerFill(inner(el), text);
        await el.updateComplete;
        expect(el.value).to.equal('123456');
        expect(inner(el).value).to.equal('123456');
        expect(completes.length).to.equal(1);
      });
    }

    it('submits the code once: the native input has no name of its own', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-otp-input name="code"></mfa-otp-input></form>`,
      );
      const el = form.querySelector('mfa-otp-input')!;
      managerFill(inner(el), '123456');
      await el.updateComplete;
      expect(inner(el).hasAttribute('name')).to.equal(false);
      expect(Array.from(new FormData(form).entries())).to.deep.equal([['code', '123456']]);
      let submitted: Array<[string, FormDataEntryValue]> = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = Array.from(new FormData(form).entries());
      });
      form.requestSubmit();
      expect(submitted).to.deep.equal([['code', '123456']]);
    });

    it('submits the form once on Enter (the browser does it, as in any text field)', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-otp-input name="code"></mfa-otp-input></form>`,
      );
      const el = form.querySelector('mfa-otp-input')!;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      el.focus();
      await sendKeys({ type: '123456' });
      await sendKeys({ press: 'Enter' });
      expect(submits).to.equal(1);
    });

    it('keeps the code out of every attribute of the light-DOM input', async () => {
      const el = await fixture<MfaOtpInput>(html`<mfa-otp-input></mfa-otp-input>`);
      managerFill(inner(el), '918273');
      await el.updateComplete;
      expect(inner(el).value).to.equal('918273');
      for (const attribute of Array.from(inner(el).attributes))
        expect(attribute.value, attribute.name).to.not.contain('918273');
      expect(el.outerHTML).to.not.contain('918273');
    });
  });

  describe('accessibility tree (Chromium)', () => {
    it('exposes one textbox with the label as its name and the error as its description', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <label for="ax-otp">Code from your app</label>
          <mfa-otp-input id="ax-otp" required error-message="That code didn't work."></mfa-otp-input>
        </div>`,
      );
      await root.querySelector('mfa-otp-input')!.updateComplete;
      const nodes = await executeServerCommand<
        Array<{ name: string; description: string; invalid: string; required: string }>,
        { role: string }
      >('ax-nodes', { role: 'textbox' });
      expect(nodes).to.deep.equal([
        {
          name: 'Code from your app',
          description: "That code didn't work.",
          invalid: 'true',
          required: 'true',
        },
      ]);
    });
  });

  describe('the page author’s markup', () => {
    it('keeps children it did not create, and does not show them', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input><span id="mine">my text</span></mfa-otp-input>`,
      );
      const mine = el.querySelector('#mine')!;
      expect(mine.parentElement === el).to.equal(true);
      expect(mine.getClientRects().length).to.equal(0);
      expect(el.querySelectorAll('input').length).to.equal(1);
    });

    it('survives being moved, and puts back a native input the page took out', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><mfa-otp-input></mfa-otp-input><section></section></div>`,
      );
      const el = root.querySelector('mfa-otp-input')!;
      await el.updateComplete;
      const input = inner(el);
      root.querySelector('section')!.append(el);
      await el.updateComplete;
      expect(el.querySelectorAll('input').length).to.equal(1);
      expect(inner(el) === input).to.equal(true);
      input.remove();
      el.remove();
      root.append(el);
      await el.updateComplete;
      expect(inner(el) === input).to.equal(true);
      managerFill(input, '123456');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
    });

    it('is cloned with one native input, without the code', async () => {
      const root = await fixture<HTMLElement>(html`<div><mfa-otp-input></mfa-otp-input></div>`);
      const el = root.querySelector('mfa-otp-input')!;
      await el.updateComplete;
      managerFill(inner(el), '123456');
      await el.updateComplete;
      const clone = el.cloneNode(true) as MfaOtpInput;
      root.append(clone);
      await clone.updateComplete;
      expect(clone.querySelectorAll('input').length).to.equal(1);
      expect(clone.value).to.equal('');
      expect(inner(clone).value).to.equal('');
      managerFill(inner(clone), '654321');
      await clone.updateComplete;
      expect(clone.value).to.equal('654321');
      expect(el.value).to.equal('123456');
    });

    it('adds the input at an idle moment when upgraded inside the page (server-rendered HTML)', async () => {
      // An element made in a document without custom elements is upgraded when it joins this
      // page: as a server-rendered element is when the definitions load after the HTML.
      const other = document.implementation.createHTMLDocument('');
      const el = other.createElement('mfa-otp-input') as MfaOtpInput;
      const root = await fixture<HTMLElement>(html`<div></div>`);
      root.append(el);
      await el.updateComplete;
      // A framework hydrating the page in the same task finds only the children it rendered…
      expect(el.querySelector('input')).to.equal(null);
      // …and the field arrives when the page is idle.
      await new Promise((done) => requestIdleCallback(done));
      await el.updateComplete;
      expect(el.querySelectorAll('input').length).to.equal(1);
      managerFill(inner(el), '123456');
      await el.updateComplete;
      expect(el.value).to.equal('123456');
    });
  });

  describe('page styles', () => {
    const AGGRESSIVE =
      'border: 10px solid red; background: yellow; font-size: 40px; padding: 30px; width: 500px; height: 200px; display: block; opacity: 1; color: red; letter-spacing: 9px; outline: 5px solid blue; box-shadow: 0 0 9px red; margin: 20px; position: static; visibility: visible; caret-color: red';

    for (const important of [false, true]) {
      it(`do not change the field${important ? ' (with !important)' : ''}`, async () => {
        const el = await fixture<MfaOtpInput>(html`<mfa-otp-input value="12"></mfa-otp-input>`);
        el.focus();
        await el.updateComplete;
        const snapshot = () => {
          const input = inner(el);
          const style = getComputedStyle(input);
          return {
            host: round(el.getBoundingClientRect()),
            input: round(input.getBoundingClientRect()),
            cells: cells(el).map((cell) => [
              ...round(cell.getBoundingClientRect()),
              getComputedStyle(cell).borderTopColor,
              getComputedStyle(cell).backgroundColor,
              getComputedStyle(cell).fontSize,
            ]),
            native: [
              'color',
              'caretColor',
              'backgroundColor',
              'borderTopWidth',
              'outlineStyle',
              'boxShadow',
              'fontSize',
              'fontFamily',
              'letterSpacing',
              'paddingLeft',
              'opacity',
              'position',
              'visibility',
            ].map((name) => style.getPropertyValue(name.replace(/[A-Z]/g, '-$&').toLowerCase())),
            selection: getComputedStyle(input, '::selection').backgroundColor,
          };
        };
        const before = snapshot();
        const declarations = important
          ? AGGRESSIVE.split('; ')
              .map((declaration) => `${declaration} !important`)
              .join('; ')
          : AGGRESSIVE;
        const style = pageStyle(
          `input { ${declarations} } input::selection { background: yellow${important ? ' !important' : ''} }`,
        );
        try {
          await nextFrame();
          expect(snapshot()).to.deep.equal(before);
          // The native input draws the digits in the kit's text colour (docs/ARCHITECTURE.md).
          expect(before.native[0]).to.equal('rgb(31, 35, 40)');
          expect(before.selection).to.equal('rgba(0, 0, 0, 0)');
          // Even an inline `!important` loses to the shadow root's `!important` (inner context).
          inner(el).style.setProperty('color', 'red', 'important');
          inner(el).style.setProperty('padding', '30px', 'important');
          expect(snapshot()).to.deep.equal(before);
          inner(el).removeAttribute('style');
        } finally {
          style.remove();
        }
      });
    }
  });

  describe('native caret (item 6)', () => {
    const centre = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return rect.left + rect.width / 2;
    };

    for (const dir of ['ltr', 'rtl']) {
      it(`stands within 2px of the active cell's centre at every position (${dir})`, async () => {
        const root = await fixture<HTMLElement>(
          html`<div dir=${dir}><mfa-otp-input value="12345"></mfa-otp-input></div>`,
        );
        const el = root.querySelector('mfa-otp-input')!;
        const input = inner(el);
        el.focus();
        const offsets: number[] = [];
        for (let position = 0; position <= 5; position++) {
          input.setSelectionRange(position, position);
          // `selectionchange` is a task of its own, which a busy machine may run after a frame.
          await waitUntil(
            () => cells(el)[position].part.contains('cell-active'),
            `the caret never reached cell ${position}`,
          );
          await el.updateComplete;
          const active = cells(el).filter((cell) => cell.part.contains('cell-active'));
          expect(active.length).to.equal(1);
          expect(active[0] === cells(el)[position]).to.equal(true);
          // At the left edge of the digit the cell shows (or would show): half a digit left of
          // the centre, inside the cell.
          offsets.push(nativeCaretX(input, position) - centre(active[0]) + digitWidth(input) / 2);
          expect(shownDigits(el, input)).to.deep.equal(['1', '2', '3', '4', '5', '']);
        }
        expect(input.scrollLeft).to.equal(0);
        for (const offset of offsets) expect(Math.abs(offset)).to.be.at.most(2, String(offsets));
      });
    }

    it('stays aligned with other cell sizes and gaps', async () => {
      const el = await fixture<MfaOtpInput>(
        html`<mfa-otp-input length="8" value="1234567"></mfa-otp-input>`,
      );
      el.style.setProperty('--mfa-otp-cell-size', '30px');
      el.style.setProperty('--mfa-otp-gap', '12px');
      const input = inner(el);
      el.focus();
      for (const position of [0, 3, 7]) {
        input.setSelectionRange(position, position);
        await nextFrame();
        await el.updateComplete;
        const cell = cells(el)[position];
        const edge = centre(cell) - digitWidth(input) / 2;
        expect(Math.abs(nativeCaretX(input, position) - edge)).to.be.at.most(2);
      }
    });
  });

  describe('right-to-left (item 5)', () => {
    for (const display of ['inline-block', 'block']) {
      it(`starts the row at the inline-start (right) edge, digits left to right (${display})`, async () => {
        const root = await fixture<HTMLElement>(
          html`<div dir="rtl" lang="ar"><mfa-otp-input value="12"></mfa-otp-input></div>`,
        );
        root.style.setProperty('inline-size', '600px');
        const el = root.querySelector('mfa-otp-input')!;
        el.style.setProperty('display', display);
        await el.updateComplete;
        const boxes = cells(el).map((cell) => cell.getBoundingClientRect());
        const container = root.getBoundingClientRect();
        // The row touches the start edge: no badge room or inset on the right.
        expect(Math.abs(boxes.at(-1)!.right - container.right)).to.be.at.most(1);
        expect(boxes[0].left).to.be.lessThan(boxes[1].left);
        expect(cellTexts(el).slice(0, 2)).to.deep.equal(['1', '2']);
        // The native input still covers the cells, with the badge room at the inline end (left).
        const input = inner(el).getBoundingClientRect();
        expect(Math.abs(input.right - boxes.at(-1)!.right)).to.be.at.most(1);
        expect(input.left).to.be.lessThan(boxes[0].left - 20);
      });
    }

    it('starts the row at the left edge in a left-to-right page', async () => {
      const root = await fixture<HTMLElement>(html`<div><mfa-otp-input></mfa-otp-input></div>`);
      const el = root.querySelector('mfa-otp-input')!;
      el.style.setProperty('display', 'block');
      await el.updateComplete;
      expect(
        Math.abs(cells(el)[0].getBoundingClientRect().left - root.getBoundingClientRect().left),
      ).to.be.at.most(1);
    });
  });

  describe('palette (item 10.7)', () => {
    function luminance(color: string): number {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
        const c = Number(part) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };

    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    for (const scheme of ['light', 'dark'] as const) {
      it(`gives cell borders 3:1 against the cell and the page (${scheme})`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const root = await fixture<HTMLElement>(html`<div><mfa-otp-input></mfa-otp-input></div>`);
        root.style.setProperty('color-scheme', scheme);
        root.style.setProperty('background', 'Canvas');
        const el = root.querySelector('mfa-otp-input')!;
        await el.updateComplete;
        const cell = getComputedStyle(cells(el)[0]);
        const page = getComputedStyle(root).backgroundColor;
        expect(contrast(cell.borderTopColor, cell.backgroundColor)).to.be.at.least(3);
        expect(contrast(cell.borderTopColor, page)).to.be.at.least(3);
      });
    }

    it('follows the kit-wide --mfa-color-* properties, and --mfa-otp-* ones still win', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><mfa-otp-input value="1"></mfa-otp-input></div>`,
      );
      root.style.setProperty('--mfa-color-accent', 'rgb(1, 2, 3)');
      root.style.setProperty('--mfa-color-border', 'rgb(4, 5, 6)');
      root.style.setProperty('--mfa-color-surface', 'rgb(7, 8, 9)');
      root.style.setProperty('--mfa-radius', '3px');
      const el = root.querySelector('mfa-otp-input')!;
      await el.updateComplete;
      const [filled, empty] = cells(el).map((cell) => getComputedStyle(cell));
      // Filled or not, a cell keeps its border until the field has focus (then all take the accent).
      expect(filled.borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(empty.borderTopColor).to.equal('rgb(4, 5, 6)');
      el.focus();
      expect(getComputedStyle(cells(el)[1]).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(empty.backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(empty.borderTopLeftRadius).to.equal('3px');
      el.style.setProperty('--mfa-otp-radius', '9px');
      expect(getComputedStyle(cells(el)[1]).borderTopLeftRadius).to.equal('9px');
    });
  });
});
