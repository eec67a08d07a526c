/**
 * What a screen reader user would hear and where their focus is, recorded while a test drives an
 * element: the text of every live region (`role=alert`, `role=status`, `aria-live` other than
 * `off`) each time it changes to something new, in order — watched with MutationObservers on the
 * element's shadow roots, nested ones included — and the focused element (deep, through shadow
 * roots) after every step and every DOM change. Emptying a region is not an announcement.
 */

import { composedContains } from '../../src/internal/dom.js';

const LIVE = '[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])';

export interface Announcement {
  /** What the region says (whitespace collapsed; `aria-hidden` parts left out). */
  text: string;
  /** The region's `role` (or `aria-live` value). */
  politeness: string;
  /** How many steps had been recorded when it was heard. */
  step: number;
}

export interface FocusSample {
  /** The step's name, or `mutation` for a sample taken after a DOM change. */
  step: string;
  /** The deepest focused element; null for `<body>` or nothing. */
  active: Element | null;
  /** The focus was on `<body>` or outside the element. */
  lost: boolean;
}

/** The focused element, looking into shadow roots; null when nothing (or only the body) has focus. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && active !== document.body ? active : null;
}

// Inside, as drawn: through shadow roots and slots (a code field's input is slotted in from
// the page, docs/SECURITY.md 26).
export { composedContains };

/** The text a region's content reads as: `aria-hidden` subtrees are skipped. */
function spokenText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
    else if (child instanceof Element && child.getAttribute('aria-hidden') !== 'true')
      out += ' ' + spokenText(child) + ' ';
  }
  return out;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class Recorder {
  readonly announcements: Announcement[] = [];
  readonly focus: FocusSample[] = [];
  private readonly element: Element;
  private readonly observer: MutationObserver;
  private readonly watched = new Set<ShadowRoot>();
  private readonly said = new Map<Element, string>();
  private steps = 0;

  constructor(element: Element) {
    this.element = element;
    this.observer = new MutationObserver(() => this.changed());
    this.scan(false);
  }

  /** Stop watching. */
  stop(): void {
    this.observer.disconnect();
  }

  /** Record the focus after a step of the test. */
  step(name: string): FocusSample {
    this.scan(true);
    this.steps++;
    return this.sample(name);
  }

  /** Announcements heard since `from` (an index into `announcements`). */
  since(from: number): string[] {
    return this.announcements.slice(from).map((entry) => entry.text);
  }

  /** Samples where the focus was on `<body>` or left the element. */
  get losses(): FocusSample[] {
    return this.focus.filter((sample) => sample.lost);
  }

  private changed(): void {
    this.scan(true);
    this.sample('mutation');
  }

  private sample(step: string): FocusSample {
    const active = deepActiveElement();
    const sample: FocusSample = {
      step,
      active,
      lost: active === null || !composedContains(this.element, active),
    };
    this.focus.push(sample);
    return sample;
  }

  /** Watch every shadow root under the element, and note each live region's new text. */
  private scan(record: boolean): void {
    const regions: Element[] = [];
    const visit = (root: ParentNode): void => {
      for (const node of Array.from(root.querySelectorAll('*'))) {
        if (node.matches(LIVE)) regions.push(node);
        if (node.shadowRoot) {
          this.watch(node.shadowRoot);
          visit(node.shadowRoot);
        }
      }
    };
    if (this.element.shadowRoot) this.watch(this.element.shadowRoot);
    if (this.element.shadowRoot) visit(this.element.shadowRoot);
    visit(this.element);
    const seen = new Set(regions);
    for (const region of regions) {
      const text = collapse(spokenText(region));
      const before = this.said.get(region) ?? '';
      this.said.set(region, text);
      if (record && text !== '' && text !== before) {
        this.announcements.push({
          text,
          politeness: region.getAttribute('role') ?? region.getAttribute('aria-live') ?? '',
          step: this.steps,
        });
      }
    }
    for (const region of Array.from(this.said.keys()))
      if (!seen.has(region)) this.said.delete(region);
  }

  private watch(root: ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-hidden', 'role', 'aria-live', 'hidden'],
    });
  }
}
