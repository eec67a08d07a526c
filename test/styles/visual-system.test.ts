// One visual system, checked from rendered styles: one `--mfa-color-accent` on the page changes
// the accent of every element, and the borders of fields and controls reach 3:1 against what is
// on either side of them (WCAG 1.4.11) in light and dark, with the kit's default tokens.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/all.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import { createMemoryClient, type MemoryMfaClient } from '../../src/clients/memory/index.js';

type Rgba = [number, number, number, number];

const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour as computed (rgb(), color(srgb …), oklab() …) as sRGB bytes. */
function rgba(color: string): Rgba {
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The parent in the flat tree's sense: across shadow roots to their host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What shows behind an element: the first opaque background up the tree (html has Canvas). */
function backgroundBehind(element: Element): Rgba {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] === 1) return color;
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor);
}

/** Every element matching `selector` in `root`'s tree (its shadow tree if it has one) and the shadow trees inside. */
function deepAll(root: Element, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (scope: ParentNode) => {
    found.push(...scope.querySelectorAll<HTMLElement>(selector));
    for (const element of scope.querySelectorAll('*'))
      if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(root.shadowRoot ?? root);
  return found;
}

/** Clients in the states that show each element's controls. */
async function clients(): Promise<{
  fresh: MemoryMfaClient;
  codes: MemoryMfaClient;
  out: MemoryMfaClient;
}> {
  const fresh = createMemoryClient({ issuer: 'Acme' });
  const codes = createMemoryClient({ issuer: 'Acme' });
  await codes.setUpTotp({ acknowledge: false });
  const out = createMemoryClient({ issuer: 'Acme', actions: { 'demo.export': true } });
  await out.setUpTotp({ acknowledge: true, signOut: true });
  return { fresh, codes, out };
}

async function page(accent?: string): Promise<HTMLElement> {
  const { fresh, codes, out } = await clients();
  const root = await fixture<HTMLElement>(html`<div class=${accent ? 'accented' : ''}>
    <mfa-totp-enroll .client=${fresh}></mfa-totp-enroll>
    <mfa-passkey-prompt mode="register" .client=${fresh}></mfa-passkey-prompt>
    <mfa-recovery-codes .client=${codes}></mfa-recovery-codes>
    <mfa-devices .client=${codes}></mfa-devices>
    <mfa-recovery-codes mode="verify" .client=${out}></mfa-recovery-codes>
    <mfa-flow .client=${out}></mfa-flow>
    <mfa-action-guard action="demo.export" .client=${out}><button>Export</button></mfa-action-guard>
  </div>`);
  const guard = root.querySelector<MfaActionGuard>('mfa-action-guard')!;
  await guard.updateComplete;
  void guard.authorize().catch(() => undefined);
  // Wait for everything the tests read: each element's accented part and its controls.
  const wanted: [string, string, number][] = [
    ...ACCENTED.map(([tag, selector]): [string, string, number] => [tag, selector, 1]),
    ...CONTROLS,
  ];
  const missing = () =>
    wanted
      .map(([tag, selector, least]) => {
        const count = deepAll(root.querySelector(tag)!, selector).length;
        return count >= least ? '' : `${tag} ${selector}: ${count} of ${least}`;
      })
      .filter(Boolean);
  await waitUntil(() => missing().length === 0, undefined, {
    timeout: 10000,
  }).catch(() => {
    throw new Error(`the elements never showed their controls: ${missing().join('; ')}`);
  });
  return root;
}

/** In each element, [tag, selector, property]: what takes the accent colour. */
const ACCENTED: [string, string, string][] = [
  ['mfa-totp-enroll', "[part~='submit-button']", 'backgroundColor'],
  ['mfa-passkey-prompt', "[part~='button']", 'backgroundColor'],
  ['mfa-recovery-codes', "[part~='acknowledge-button']", 'backgroundColor'],
  ['mfa-recovery-codes[mode=verify]', "[part~='submit-button']", 'backgroundColor'],
  ['mfa-devices', "[part~='device'] .icon", 'stroke'],
  ['mfa-flow', "[part~='verify-button']", 'backgroundColor'],
  ['mfa-flow', "[role='tab'][aria-selected='true']", 'color'],
  ['mfa-action-guard', "[part~='verify-button']", 'backgroundColor'],
  ['mfa-action-guard', "[role='tab'][aria-selected='true']", 'color'],
];

/** In each element, [tag, selector, at least]: the fields and controls the border test reads. */
const ENABLED_BUTTON = 'button:not(:disabled):not([aria-disabled=true])';
const CONTROLS: [string, string, number][] = [
  ['mfa-totp-enroll', ENABLED_BUTTON, 2],
  ['mfa-passkey-prompt', ENABLED_BUTTON, 1],
  ['mfa-passkey-prompt', 'input:not([type=checkbox])', 1],
  ['mfa-recovery-codes', ENABLED_BUTTON, 3],
  ['mfa-devices', ENABLED_BUTTON, 3],
  ['mfa-recovery-codes[mode=verify]', ENABLED_BUTTON, 1],
  ['mfa-recovery-codes[mode=verify]', 'input:not([type=checkbox])', 1],
  ['mfa-flow', ENABLED_BUTTON, 3],
  ['mfa-flow', '.method-tab', 2],
  ['mfa-action-guard', ENABLED_BUTTON, 4],
  ['mfa-action-guard', '.method-tab', 2],
];

const ACCENT = 'rgb(200, 0, 100)';
const sheet = new CSSStyleSheet();
sheet.replaceSync(`.accented { --mfa-color-accent: ${ACCENT}; } html { background: Canvas; }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

afterEach(() => {
  document.documentElement.style.colorScheme = '';
});

describe('one visual system', () => {
  it('one --mfa-color-accent on the page is the accent of every element', async () => {
    const root = await page(ACCENT);
    for (const [tag, selector, property] of ACCENTED) {
      const host = root.querySelector(tag)!;
      const [target] = deepAll(host, selector);
      expect(target, `${tag} ${selector}`).to.exist;
      const value = getComputedStyle(target)[property as 'color'];
      expect(rgba(value), `${tag} ${selector} ${property}`).to.deep.equal(rgba(ACCENT));
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`field and control borders reach 3:1 against their background (${scheme})`, async () => {
      document.documentElement.style.colorScheme = scheme;
      const root = await page();
      const controls = [
        ...deepAll(root, 'input:not([type=checkbox])'),
        ...deepAll(root, 'button:not(:disabled):not([aria-disabled=true])'),
        ...deepAll(root, "[role='tab'][aria-selected='true']"),
      ].filter((element) => element.getClientRects().length > 0);
      expect(controls.length).to.be.greaterThan(12);
      const lowest: { contrast: number; what: string } = { contrast: Infinity, what: '' };
      for (const control of controls) {
        const style = getComputedStyle(control);
        const border = rgba(style.borderBlockEndColor);
        if (border[3] === 0 || style.borderBlockEndStyle === 'none') continue;
        const fill = rgba(style.backgroundColor);
        const behind = backgroundBehind(control);
        // The boundary is the border where it differs from the control's fill, else the fill
        // (a filled primary button); it must stand out from what is behind, and a border from
        // an opaque fill of another colour inside it (a field's own background).
        const filled = fill[3] === 1;
        const bordered = !filled || contrast(fill, border) > 1.05;
        const boundary = bordered ? border : fill;
        const sides = filled && bordered ? [behind, fill] : [behind];
        for (const side of sides) {
          const ratio = contrast(boundary, side);
          if (ratio < lowest.contrast) {
            lowest.contrast = ratio;
            lowest.what = `${control.localName}[part=${control.getAttribute('part')}] rgb(${boundary.slice(0, 3).join(', ')}) on rgb(${side.slice(0, 3).join(', ')})`;
          }
        }
      }
      console.log(
        `lowest control border contrast (${scheme}): ${lowest.contrast.toFixed(2)} — ${lowest.what}`,
      );
      expect(lowest.contrast, lowest.what).to.be.at.least(3);
    });
  }
});
