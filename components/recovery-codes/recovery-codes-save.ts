import { recoveryCodesText, type RecoveryCodesSheet } from './recovery-code-format.js';

/** The file name of the downloaded codes. */
export const RECOVERY_CODES_FILE_NAME = 'recovery-codes.txt';

/** How long a download's blob: URL lives: long enough for every browser to start reading it. */
const REVOKE_AFTER_MS = 1000;

/**
 * Save the codes as a `.txt` file: a Blob behind a temporary `<a download>` — never a `data:`
 * URL, which a strict CSP may refuse and which would put the codes in a URL. The blob: URL is
 * revoked shortly after; the returned function revokes it at once (e.g. when the element leaves).
 */
export function downloadRecoveryCodes(
  container: ParentNode & Node,
  sheet: RecoveryCodesSheet,
): () => void {
  const doc = container.ownerDocument ?? document;
  const view = doc.defaultView ?? window;
  const blob = new Blob([recoveryCodesText(sheet)], { type: 'text/plain;charset=utf-8' });
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = RECOVERY_CODES_FILE_NAME;
  link.hidden = true;
  container.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
  let revoked = false;
  const revoke = () => {
    if (revoked) return;
    revoked = true;
    view.clearTimeout(timer);
    view.URL.revokeObjectURL(url);
  };
  const timer = view.setTimeout(revoke, REVOKE_AFTER_MS);
  return revoke;
}

/** The print sheet's look: only the codes, large and monospaced, black on white. */
const PRINT_CSS = `
  @page { margin: 2cm; }
  html { color: #000; background: #fff; font: 12pt/1.5 system-ui, sans-serif; }
  body { margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 0.25em; }
  p { margin: 0 0 0.25em; color: #333; }
  ol {
    margin: 1.5em 0 0; padding: 0 0 0 2.5em;
    columns: 2; column-gap: 3em;
    font: 13pt/2 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
    letter-spacing: 0.05em; font-variant-numeric: slashed-zero;
  }
  li { break-inside: avoid; }
  li::marker { color: #666; font-size: 0.8em; }
`;

export interface PrintJob {
  /** Resolves once the frame has been handed to the browser's print dialog. */
  readonly printed: Promise<void>;
  /** Remove the frame (and the codes in it) now. Safe to call more than once. */
  remove(): void;
}

/**
 * Print only the codes, not the page: a hidden same-origin `<iframe>` filled with DOM APIs
 * (`createElement`/`textContent` — no `innerHTML` or `document.write`, which Trusted Types
 * block), styled with a constructed stylesheet adopted into its document, printed, then removed.
 */
export function printRecoveryCodes(
  container: ParentNode & Node,
  sheet: RecoveryCodesSheet,
  lang: string,
): PrintJob {
  const doc = container.ownerDocument ?? document;
  const frame = doc.createElement('iframe');
  frame.title = sheet.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.className = 'print-frame';
  container.appendChild(frame);

  let removed = false;
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const remove = () => {
    if (removed) return;
    removed = true;
    clearTimeout(fallback);
    frame.remove();
  };

  const printed = (async () => {
    const view = frame.contentWindow;
    const page = frame.contentDocument;
    if (!view || !page) {
      remove();
      throw new Error('The print frame has no document.');
    }
    page.documentElement.lang = lang;
    page.title = sheet.title;
    const body = page.body ?? page.documentElement.appendChild(page.createElement('body'));
    const heading = page.createElement('h1');
    heading.textContent = sheet.title;
    const date = page.createElement('p');
    date.textContent = sheet.date;
    const note = page.createElement('p');
    note.textContent = sheet.note;
    const list = page.createElement('ol');
    for (const code of sheet.codes) {
      const item = page.createElement('li');
      item.textContent = code;
      list.append(item);
    }
    body.replaceChildren(heading, date, note, list);
    // Constructed in the frame's own realm: a sheet from another document cannot be adopted.
    const FrameStyleSheet = (view as unknown as typeof globalThis).CSSStyleSheet;
    const style = new FrameStyleSheet();
    style.replaceSync(PRINT_CSS);
    page.adoptedStyleSheets = [style];

    // Let the frame take its styles before printing.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (removed) return;
    // Where print() returns before the dialog closes, `afterprint` says when the frame can go.
    view.addEventListener('afterprint', remove, { once: true });
    view.focus();
    view.print();
    // Where no `afterprint` comes (print blocked or unsupported), do not keep the codes around.
    if (!removed) fallback = setTimeout(remove, 60_000);
  })();
  printed.catch(remove);
  return { printed, remove };
}
