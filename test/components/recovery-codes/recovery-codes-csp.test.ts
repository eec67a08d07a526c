import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MfaRecoveryCodes } from '../../../components/recovery-codes/recovery-codes.js';

/** docs/SECURITY.md 25: the same policy as test/support/csp-middleware.mjs, delivered by a meta tag. */
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

interface StrictPage {
  frame: HTMLIFrameElement;
  view: Window & typeof globalThis;
  el: MfaRecoveryCodes;
  codes: string[];
}

async function strictPage(): Promise<StrictPage> {
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
    <script type="module" src="${new URL('./csp/page.ts', import.meta.url).pathname}"></script>
    </head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => 'recoveryCodesPage' in view, 'the strict page never started', {
    timeout: 5000,
  });
  const { el, codes } = await view.recoveryCodesPage;
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll('[part~="code"]').length === 10,
    'no codes',
    { timeout: 5000 },
  );
  return { frame, view, el, codes };
}

describe('<mfa-recovery-codes> under a strict CSP with Trusted Types', () => {
  let page: StrictPage | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('enforces Trusted Types in the frame (control)', async () => {
    page = await strictPage();
    const probe = page.view.document.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => page!.view.recoveryCodesCspViolations.length > 0);
    expect(page.view.recoveryCodesCspViolations.join()).to.include('require-trusted-types-for');
    page.view.recoveryCodesCspViolations.length = 0;
  });

  it('renders, downloads and prints with no violation', async () => {
    page = await strictPage();
    const { el, view, codes } = page;
    const root = el.shadowRoot!;
    expect(
      [...root.querySelectorAll('[part~="code"]')].map((item) => item.textContent?.trim()),
    ).to.deep.equal(codes);

    const links: HTMLAnchorElement[] = [];
    el.addEventListener('click', (event) => {
      const target = event.composedPath()[0];
      if (target instanceof view.HTMLAnchorElement) {
        links.push(target);
        event.preventDefault();
      }
    });
    root.querySelector<HTMLButtonElement>('[part~="download-button"]')!.click();
    expect(links).to.have.length(1);
    expect(links[0].href).to.match(/^blob:/);

    let printFrame: HTMLIFrameElement | null = null;
    let printed = 0;
    const observer = new view.MutationObserver(() => {
      const frame = root.querySelector('iframe');
      if (frame && frame !== printFrame) {
        printFrame = frame;
        frame.contentWindow!.print = () => {
          printed += 1;
        };
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    root.querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
    await waitUntil(() => printed === 1, 'print() was never called');
    observer.disconnect();
    const printDoc = (printFrame as HTMLIFrameElement | null)!.contentDocument!;
    expect([...printDoc.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal(
      codes,
    );
    expect(printDoc.adoptedStyleSheets).to.have.length(1);
    expect(printDoc.adoptedStyleSheets[0].cssRules.length).to.be.greaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(view.recoveryCodesCspViolations).to.deep.equal([]);
  });
});
