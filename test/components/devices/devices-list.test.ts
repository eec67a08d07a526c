import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { MfaDevices } from '../../../components/devices/devices.js';
import type { MfaStatus } from '../../../src/client/types.js';
import type { MfaErrorEvent } from '../../../src/events/mfa-error.js';
import {
  account,
  collect,
  devices,
  en,
  error,
  names,
  part,
  parts,
  staticClient,
  status,
  text,
  warmUpAxe,
} from './helpers.js';

const STATUS: MfaStatus = {
  pending: null,
  methods: ['totp', 'passkey', 'recovery-code'],
  devices: [
    {
      id: 'totp_1',
      type: 'totp',
      verified: true,
      createdAt: '2026-01-05T09:30:00.000Z',
      lastUsedAt: '2026-02-10T08:00:00.000Z',
    },
    {
      id: 'passkey_1',
      type: 'passkey',
      alias: 'Work laptop',
      verified: true,
      createdAt: '2026-01-20T12:00:00.000Z',
    },
  ],
  recoveryCodesRemaining: 2,
};

const dateIn = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));

describe('<mfa-devices>: the list', () => {
  before(async function (this: Mocha.Context) {
    this.timeout(60_000);
    await warmUpAxe();
  });

  it('shows each method: icon and type, name, added, last used, and TOTP status; accessible', async () => {
    const el = await devices(staticClient(STATUS));
    const list = part(el, 'list')!;
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('aria-label')).to.equal(en.devicesListLabel);
    const rows = parts(el, 'device');
    expect(rows.map((row) => row.localName)).to.deep.equal(['li', 'li']);
    expect(rows.every((row) => row.querySelector('svg[aria-hidden="true"]'))).to.be.true;
    // No alias: the kind of method is its name; with one, the kind is written under it.
    expect(names(el)).to.deep.equal([en.devicesTypeTotp, 'Work laptop']);
    expect(rows[0].querySelector('[part~="device-type"]')).to.equal(null);
    expect(text(rows[1].querySelector('[part~="device-type"]'))).to.equal(en.devicesTypePasskey);

    const details = (row: Element) =>
      [...row.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(details(rows[0])).to.deep.equal([
      [en.devicesAddedOn, dateIn('en', '2026-01-05T09:30:00.000Z')],
      [en.devicesLastUsed, dateIn('en', '2026-02-10T08:00:00.000Z')],
      [en.devicesState, en.devicesVerified],
    ]);
    expect(details(rows[1])).to.deep.equal([
      [en.devicesAddedOn, dateIn('en', '2026-01-20T12:00:00.000Z')],
      [en.devicesLastUsed, en.devicesNeverUsed],
    ]);
    expect(rows[0].querySelector('time')!.getAttribute('datetime')).to.equal(
      '2026-01-05T09:30:00.000Z',
    );

    // The recovery codes row: what is left, and a way to make new ones.
    const recovery = part(el, 'recovery')!;
    expect(text(recovery)).to.include(en.devicesRecoveryTitle);
    expect(text(recovery)).to.include(en.devicesRecoveryRemaining({ count: 2 }));
    expect(text(part(el, 'regenerate-button'))).to.equal(en.devicesRegenerate);
    await expect(el).to.be.accessible();
  });

  it('names every delete button after its method', async () => {
    const el = await devices(staticClient(STATUS));
    const buttons = parts<HTMLButtonElement>(el, 'delete-button');
    expect(buttons.map((button) => text(button))).to.deep.equal([
      `${en.devicesDelete} ${en.devicesTypeTotp}`,
      `${en.devicesDelete} Work laptop`,
    ]);
    // The visible word comes first, so speech input ("click Delete") finds it.
    expect(buttons.every((button) => text(button).startsWith(en.devicesDelete))).to.be.true;
    expect(buttons.every((button) => button.localName === 'button' && button.type === 'button')).to
      .be.true;
  });

  it('writes dates in the element’s language', async () => {
    const el = await devices(staticClient(STATUS), { lang: 'de' });
    const first = parts(el, 'device')[0].querySelector('time')!;
    expect(text(first)).to.equal(dateIn('de', '2026-01-05T09:30:00.000Z'));
    expect(text(first)).to.not.equal(dateIn('en', '2026-01-05T09:30:00.000Z'));
  });

  it('marks an authenticator app whose setup was not finished', async () => {
    const el = await devices(
      staticClient({
        pending: 'enroll',
        methods: [],
        devices: [
          { id: 'totp_2', type: 'totp', verified: false, createdAt: '2026-01-05T09:30:00.000Z' },
        ],
        recoveryCodesRemaining: 0,
      }),
    );
    expect(text(parts(el, 'device')[0].querySelector('dd.unverified'))).to.equal(en.devicesPending);
    // No verified method and no codes: no recovery row.
    expect(part(el, 'recovery')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('empty: says so, offers adding a method, and is accessible', async () => {
    const { client } = await account({ totp: false });
    const el = await devices(client);
    expect(el.hasState('empty')).to.be.true;
    expect(text(part(el, 'empty'))).to.equal(en.devicesEmpty);
    expect(part(el, 'list')).to.equal(null);
    expect(parts(el, 'add-button').map((b) => text(b))).to.deep.equal([
      en.devicesAddTotp,
      en.devicesAddPasskey,
    ]);
    await expect(el).to.be.accessible();
  });

  it('one authenticator app per account: explained instead of offered', async () => {
    const { client } = await account();
    const el = await devices(client);
    expect(parts(el, 'add-button').map((b) => text(b))).to.deep.equal([en.devicesAddPasskey]);
    expect(text(part(el, 'note'))).to.equal(en.devicesOneTotp);
  });

  it('hide-add hides adding', async () => {
    const { client } = await account();
    const el = await devices(client, { hideAdd: true });
    expect(part(el, 'add')).to.equal(null);
    expect(part(el, 'note')).to.equal(null);
  });

  it('says it is loading, then lists', async () => {
    const { client } = await account({ latency: 300 });
    const el = await fixture<MfaDevices>(html`<mfa-devices .client=${client}></mfa-devices>`);
    expect(el.hasState('pending')).to.be.true;
    expect(text(status(el))).to.equal(en.devicesLoading);
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'list'), 'no list', { timeout: 8000 });
  });

  it('a failed read says why, fires mfa-error, and Try again reads again', async () => {
    const { client } = await account();
    client.failNextCall('network');
    const errors = collect(document, 'mfa-error') as MfaErrorEvent[];
    const el = await fixture<MfaDevices>(html`<mfa-devices .client=${client}></mfa-devices>`);
    await waitUntil(() => text(error(el)) !== '', 'no error shown');
    expect(text(error(el))).to.equal(en.errorNetwork);
    expect(error(el).getAttribute('role')).to.equal('alert');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['network']);
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'list'), 'no list after Try again');
    expect(text(error(el))).to.equal('');
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('refresh() reads the list again', async () => {
    const { client } = await account({ totp: false });
    const el = await devices(client);
    expect(parts(el, 'device')).to.have.length(0);
    await client.setUpTotp();
    await el.refresh();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([en.devicesTypeTotp]);
  });
});
