/**
 * <mfa-devices> under the strict policy, for a user with an authenticator app, a passkey and
 * recovery codes: the list failing to load (Try again), the list, new recovery codes through the
 * internal guard (a real passkey), deleting the passkey through the guard (a code), and the
 * last-method confirmation (Keep it).
 */
import { actionGuardMessages } from '../../components/action-guard/action-guard.messages.js';
import type { MfaActionGuard } from '../../components/action-guard/action-guard.js';
import { devicesMessages } from '../../components/devices/devices.messages.js';
import type { MfaDevices } from '../../components/devices/devices.js';
import type { MfaRecoveryCodes } from '../../components/recovery-codes/recovery-codes.js';
import type {
  MfaDeviceDeletedDetail,
  MfaDeviceDeletedEvent,
} from '../../src/events/mfa-device-deleted.js';
import type { MemoryMfaClient } from '../../src/clients/memory/index.js';
import { once, part, parts, step, text, until, untilShown } from './fixture-support.js';
import {
  chooseTab,
  codeField,
  isOpen,
  passkeyButton,
  submitCode,
} from './verify-methods-support.js';

export interface DevicesRendered {
  loadError: boolean;
  /** The names listed, in order. */
  listed: string[];
  recoveryRow: boolean;
  /** New codes shown in the panel after the guard's passkey proof, and saved. */
  newCodes: number;
  codesSaved: boolean;
  deleted: MfaDeviceDeletedDetail | undefined;
  listedAfterDelete: string[];
  /** Deleting the last method asks first; Keep it keeps it. */
  lastMethodConfirm: boolean;
  kept: boolean;
}

const names = (devices: MfaDevices) => parts(devices, 'device-name').map(text);

function deleteButtonOf(devices: MfaDevices, name: string): HTMLButtonElement | undefined {
  const item = parts(devices, 'device').find(
    (device) => text(device.querySelector('[part~="device-name"]')) === name,
  );
  return item?.querySelector<HTMLButtonElement>('[part~="delete-button"]') ?? undefined;
}

const guardOf = (devices: MfaDevices, id: 'delete-guard' | 'regenerate-guard') =>
  devices.shadowRoot!.querySelector<MfaActionGuard>(`#${id}`)!;

/** `client`'s user has an authenticator app whose current code is unused, a passkey named `passkeyName`, and recovery codes. */
export async function driveDevices(
  container: Element,
  client: MemoryMfaClient,
  passkeyName: string,
): Promise<DevicesRendered> {
  const rendered: DevicesRendered = {
    loadError: false,
    listed: [],
    recoveryRow: false,
    newCodes: 0,
    codesSaved: false,
    deleted: undefined,
    listedAfterDelete: [],
    lastMethodConfirm: false,
    kept: false,
  };

  client.failNextCall('network');
  const devices = document.createElement('mfa-devices') as MfaDevices;
  devices.client = client;
  container.append(devices);
  const retry = await untilShown(
    devices,
    () => part<HTMLButtonElement>(devices, 'retry-button'),
    'the load error',
  );
  rendered.loadError = text(part(devices, 'error')) !== '';
  step('devices load error');

  retry.click();
  await untilShown(
    devices,
    () => names(devices).length === 2 && part(devices, 'recovery'),
    'the list',
  );
  rendered.listed = names(devices);
  rendered.recoveryRow = part(devices, 'regenerate-button') !== null;
  step('devices list');

  // New recovery codes: the regenerate guard asks for a proof (the passkey), then the panel shows them.
  const regenerateGuard = guardOf(devices, 'regenerate-guard');
  part<HTMLButtonElement>(devices, 'regenerate-button')!.click();
  (
    await untilShown(
      regenerateGuard,
      () => isOpen(regenerateGuard) && passkeyButton(regenerateGuard),
      'the guard for new codes',
      15_000,
    )
  ).click();
  const codes = await untilShown(
    devices,
    () => part<MfaRecoveryCodes>(devices, 'recovery-codes'),
    'the new codes panel',
    15_000,
  );
  const listed = await untilShown(
    codes,
    () => {
      const items = codes.shadowRoot?.querySelectorAll('[part~="code"]');
      return items && items.length > 0 ? items : undefined;
    },
    'the new codes',
    15_000,
  );
  rendered.newCodes = listed.length;
  codes
    .shadowRoot!.querySelector<HTMLInputElement>('[part~="confirm"] input[type="checkbox"]')!
    .click();
  await codes.updateComplete;
  part<HTMLButtonElement>(codes, 'acknowledge-button')!.click();
  await untilShown(
    devices,
    () =>
      !part(devices, 'panel') &&
      text(part(devices, 'status')) === devicesMessages.devicesCodesSaved,
    'the codes saved',
  );
  rendered.codesSaved = true;
  step('devices new recovery codes');

  // Delete the passkey: the delete guard asks for a proof (a code this time).
  const deleteGuard = guardOf(devices, 'delete-guard');
  const deleted = once(devices, 'mfa-device-deleted') as Promise<MfaDeviceDeletedEvent>;
  (
    await untilShown(
      devices,
      () => deleteButtonOf(devices, passkeyName),
      'the passkey delete button',
    )
  ).click();
  await untilShown(
    deleteGuard,
    () => isOpen(deleteGuard) && passkeyButton(deleteGuard),
    'the delete guard',
  );
  await chooseTab(deleteGuard, actionGuardMessages.verifyMethodTotp, () => codeField(deleteGuard));
  await submitCode(deleteGuard, client.totpCode());
  rendered.deleted = { ...(await deleted).detail };
  await untilShown(devices, () => names(devices).length === 1, 'the list without the passkey');
  rendered.listedAfterDelete = names(devices);
  step('devices deleted through the guard');

  // The last method: asked first, then kept.
  deleteButtonOf(devices, rendered.listedAfterDelete[0])!.click();
  const keep = await untilShown(
    devices,
    () => part(devices, 'confirm') && part<HTMLButtonElement>(devices, 'keep-button'),
    'the last-method confirmation',
  );
  rendered.lastMethodConfirm = part(devices, 'confirm-button') !== null && !isOpen(deleteGuard);
  keep.click();
  await until(
    () => !part(devices, 'confirm') && deleteButtonOf(devices, rendered.listedAfterDelete[0]),
    'the delete button back',
  );
  rendered.kept = names(devices).length === 1;
  devices.remove();
  step('devices last method kept');
  return rendered;
}
