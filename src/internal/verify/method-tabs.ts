import { html, nothing, type TemplateResult } from 'lit';

/** One row of tabs that picks which panel shows (a method to verify or to set up). */
export interface MethodTabs<T extends string> {
  /** Prefix of the ids in the host's shadow root: tabs are `<id>-tab-<item>`, the panel `<id>-panel`. */
  id: string;
  /** Accessible name of the tab list. */
  label: string;
  items: readonly T[];
  selected: T;
  /** The visible name of a tab. */
  name(item: T): string;
  /** The user picked a tab (click, or arrow keys, which move the focus too). */
  onSelect(item: T): void;
}

/**
 * The ARIA tabs pattern with automatic activation: one tab stop, Left/Right (wrapping, mirrored
 * right to left), Home and End move between tabs and show their panel at once. Only the selected panel is rendered,
 * so leaving a method drops whatever was typed into it.
 */
export function renderTabs<T extends string>(tabs: MethodTabs<T>): TemplateResult {
  const { id, items, selected } = tabs;
  const onKeydown = (event: KeyboardEvent): void => {
    const last = items.length - 1;
    const index = items.indexOf(selected);
    const list = event.currentTarget as HTMLElement;
    // Mirrored in a right-to-left layout (the element's computed direction): the arrow that
    // points to the next tab on screen goes to it.
    const rtl = getComputedStyle(list).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward) next = index >= last ? 0 : index + 1;
    else if (event.key === back) next = index <= 0 ? last : index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    const item = items[next];
    list.querySelector<HTMLElement>(`#${id}-tab-${item}`)?.focus();
    if (item !== selected) tabs.onSelect(item);
  };
  return html`<div part="methods" class="method-tabs" role="tablist" aria-label=${tabs.label} @keydown=${onKeydown}>
    ${items.map((item) => {
      const on = item === selected;
      return html`<button
        id="${id}-tab-${item}"
        part=${on ? 'method-tab method-tab-selected' : 'method-tab'}
        class="method-tab"
        type="button"
        role="tab"
        aria-selected=${on ? 'true' : 'false'}
        aria-controls=${on ? `${id}-panel` : nothing}
        tabindex=${on ? '0' : '-1'}
        @click=${() => {
          if (!on) tabs.onSelect(item);
        }}
      >
        ${tabs.name(item)}
      </button>`;
    })}
  </div>`;
}

/** The panel of the selected tab; with a single item there is no tab list, so no tab panel either. */
export function renderPanel<T extends string>(
  tabs: MethodTabs<T>,
  content: unknown,
): TemplateResult {
  return tabs.items.length > 1
    ? html`<div part="method-panel" class="method-panel" id="${tabs.id}-panel" role="tabpanel" aria-labelledby="${tabs.id}-tab-${tabs.selected}">
        ${content}
      </div>`
    : html`<div part="method-panel" class="method-panel">${content}</div>`;
}

/** Tabs (when there is a choice) and the selected panel. */
export function renderTabbed<T extends string>(
  tabs: MethodTabs<T>,
  content: unknown,
): TemplateResult {
  return html`${tabs.items.length > 1 ? renderTabs(tabs) : nothing}${renderPanel(tabs, content)}`;
}
