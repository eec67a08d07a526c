import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { setup } from './support.js';

/** The step titles as the accessibility tree reads them: `[level, text]`. */
function headings(root: ParentNode): [string | null, string][] {
  return Array.from(root.querySelectorAll('[role="heading"]'), (node) => [
    node.getAttribute('aria-level'),
    node.textContent.trim(),
  ]);
}

describe('<mfa-totp-enroll> step titles', () => {
  it('are headings of level 3 by default, and follow heading-level (kept to 2–6)', async () => {
    const { el } = await setup();
    await waitUntil(() => headings(el.shadowRoot!).length === 2, 'no step headings');
    expect(headings(el.shadowRoot!).map(([level]) => level)).to.deep.equal(['3', '3']);
    expect(headings(el.shadowRoot!)[0][1]).to.equal('Scan this QR code');

    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(headings(el.shadowRoot!).map(([level]) => level)).to.deep.equal(['4', '4']);

    el.headingLevel = 9;
    await el.updateComplete;
    expect(headings(el.shadowRoot!).map(([level]) => level)).to.deep.equal(['6', '6']);
    el.headingLevel = 1;
    await el.updateComplete;
    expect(headings(el.shadowRoot!).map(([level]) => level)).to.deep.equal(['2', '2']);
  });
});
