/** Tiny DOM helpers for the demo: elements are built with the DOM API, never from markup strings. */

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string | boolean | undefined>;
}

/** `h('p', { className: 'x' }, 'text', otherNode)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.id) element.id = options.id;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** The element with this id, typed; throws when the page and the script disagree. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo: #${id} is missing from index.html`);
  return element as T;
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface RadioChoice {
  value: string;
  label: string;
  title?: string;
  /** Shown before the label (a swatch). */
  before?: Node;
}

/** Appends a `<label><input type="radio"> label</label>` per choice to a fieldset; checks one. */
export function appendRadios(
  fieldset: HTMLElement,
  name: string,
  choices: readonly RadioChoice[],
  checked: string,
  className?: string,
): void {
  for (const choice of choices) {
    const input = h('input', { attrs: { type: 'radio', name, value: choice.value } });
    input.checked = choice.value === checked;
    fieldset.append(
      h(
        'label',
        { ...(className && { className }), attrs: { title: choice.title } },
        input,
        choice.before,
        h('span', { text: choice.label }),
      ),
    );
  }
}
