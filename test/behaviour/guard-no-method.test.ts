/** The "no method set up" dialog of `<mfa-action-guard>` says why, to a screen reader too. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { english as en } from '../support/english.js';
import { account, guard, part, settled } from '../components/action-guard/helpers.js';

interface AxNode {
  name: string;
  description: string;
  invalid: string;
  required: string;
}

describe('behaviour: the guard without a method', function () {
  this.timeout(20_000);

  it('describes its dialog with the explanation (Chromium accessibility tree)', async () => {
    const { client } = await account({ totp: false });
    const el = await guard(client);
    el.authorize().catch(() => undefined);
    await waitUntil(() => part(el, 'message'), 'no message');
    await settled(el);
    const dialogs = await executeServerCommand<AxNode[], { role: string }>('ax-nodes', {
      role: 'dialog',
    });
    expect(dialogs).to.deep.equal([
      {
        name: en.actionGuardHeading,
        description: en.actionGuardNoMethod,
        invalid: '',
        required: '',
      },
    ]);
    part<HTMLButtonElement>(el, 'cancel-button')!.click();
  });

  it('with a label, the dialog is described by both, the label first', async () => {
    const { client } = await account({ totp: false });
    const el = await guard(client, { label: 'Export your wallet key' });
    el.authorize().catch(() => undefined);
    await waitUntil(() => part(el, 'message'), 'no message');
    await settled(el);
    const [dialog] = await executeServerCommand<AxNode[], { role: string }>('ax-nodes', {
      role: 'dialog',
    });
    expect(dialog.description).to.equal(`Export your wallet key ${en.actionGuardNoMethod}`);
    part<HTMLButtonElement>(el, 'cancel-button')!.click();
  });
});
