/**
 * The event log: every mfa-* event on the page, plus the native-like `input` / `change` /
 * `mfa-complete` of the code fields, with the detail as JSON. Each detail is checked against the
 * secrets the page has seen, to show that events never carry a code or a key.
 */
import { h } from './dom.js';
import { leakedSecrets } from './secrets.js';

const MFA_EVENTS = [
  'mfa-complete',
  'mfa-enrolled',
  'mfa-verified',
  'mfa-error',
  'mfa-recovery-codes-acknowledged',
  'mfa-recovery-codes-regenerated',
  'mfa-cancel',
] as const;
const FIELD_EVENTS = ['input', 'change'] as const;
const MAX_ENTRIES = 60;

function describeTarget(target: EventTarget | null): string {
  if (!(target instanceof Element)) return '';
  const tag = target.localName;
  return target.id ? `<${tag}#${target.id}>` : `<${tag}>`;
}

function kindOf(type: string): string {
  if (type === 'mfa-error') return 'kind-error';
  if (
    type === 'mfa-verified' ||
    type === 'mfa-enrolled' ||
    type === 'mfa-recovery-codes-acknowledged'
  )
    return 'kind-success';
  if (type.startsWith('mfa-')) return 'kind-mfa';
  return '';
}

export interface EventLog {
  /** Log a line the demo itself produced (a form submission), in the same format. */
  note(type: string, target: Element, detail: unknown): void;
}

export function setUpEventLog(
  list: HTMLOListElement,
  options: { wholePage: HTMLInputElement; clear: HTMLButtonElement; playground: Element },
): EventLog {
  const time = new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  const add = (type: string, target: EventTarget | null, detail: unknown): void => {
    const json = detail === undefined ? '' : JSON.stringify(detail, null, 2);
    const leaks = json ? leakedSecrets(json) : [];
    const badge = json
      ? h('span', {
          className: leaks.length ? 'event-clean is-leak' : 'event-clean',
          text: leaks.length ? 'SECRET IN DETAIL' : 'no secrets',
        })
      : h('span', { className: 'event-none', text: 'no detail' });
    const entry = h(
      'li',
      { className: `event ${kindOf(type)}` },
      h(
        'div',
        { className: 'event-head' },
        h('span', { className: 'event-type', text: type }),
        h('span', { className: 'event-target', text: describeTarget(target) }),
        badge,
        h('time', { className: 'event-time', text: time.format(new Date()) }),
      ),
      json ? h('pre', { text: json }) : null,
    );
    list.prepend(entry);
    while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove();
  };

  const inScope = (event: Event): boolean => {
    if (options.wholePage.checked) return true;
    const target = event.target;
    return target instanceof Node && options.playground.contains(target);
  };

  for (const type of MFA_EVENTS) {
    document.addEventListener(
      type,
      (event) => {
        if (!inScope(event)) return;
        add(type, event.target, (event as Event & { detail?: unknown }).detail);
      },
      { capture: true },
    );
  }
  for (const type of FIELD_EVENTS) {
    document.addEventListener(
      type,
      (event) => {
        // Only the code fields: the demo's own inputs (user name, controls) are not interesting.
        if (!(event.target instanceof Element) || event.target.localName !== 'mfa-otp-input')
          return;
        if (!inScope(event)) return;
        add(type, event.target, undefined);
      },
      { capture: true },
    );
  }
  options.clear.addEventListener('click', () => list.replaceChildren());

  return { note: (type, target, detail) => add(type, target, detail) };
}
