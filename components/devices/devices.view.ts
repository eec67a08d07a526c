import {
  ClientCall,
  MfaError,
  browserSupportsPasskeys,
  headingLevel,
  inheritedLang,
  liveRegions,
  passkeyIcon,
  reactive,
  stopEvent,
  totpIcon,
  viewCommonMessages,
  viewTokens,
} from '../../src/internal/view-common.js';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Phrase } from '../../src/messages/en.js';
import type { MfaDevice, MfaDeviceType, MfaStatus, MfaToken } from '../../src/client/types.js';
import type { MfaEnrolledEvent } from '../../src/events/mfa-enrolled.js';
import { MfaDeviceDeletedEvent } from '../../src/events/mfa-device-deleted.js';
import type { MfaActionGuard } from '../action-guard/action-guard.js';
import type { MfaRecoveryCodes } from '../recovery-codes/recovery-codes.js';
import { devicesMessages } from './devices.messages.js';
import { styles as viewStyles } from './devices.styles.js';
import type { MfaDevices } from './devices.js';

// The lazily loaded part of <mfa-devices> (see src/internal/lazy-view.ts): the list, the guarded
// delete and regenerate, adding a method. The element keeps the public API.

export const styles = [viewTokens, liveRegions, viewStyles];
export const messages = { ...viewCommonMessages, ...devicesMessages };
/** The "no client" watcher, for the element (see `ViewModule`). */
export { MissingClient } from '../../src/internal/view-common.js';

export function createView(host: MfaDevices): DevicesView {
  return new DevicesView(host);
}

/** The actions the server wants a fresh proof for (docs/SECURITY.md 16). */
const DELETE_ACTION = 'device.delete';
const REGENERATE_ACTION = 'recovery-codes.regenerate';

/** What the panel under the list shows: adding a method, or a new set of recovery codes. */
type Panel =
  | { kind: 'add'; type: MfaDeviceType }
  /** `fresh`: a new set from "Create new codes"; else the first set, after adding the first method. */
  | { kind: 'codes'; fresh: boolean; regenerated: boolean; settled: boolean };

/** Renders from, and acts on, one `<mfa-devices>`; its state lives here, not on the element. */
export class DevicesView implements ReactiveController {
  private readonly host: MfaDevices;
  private readonly read: ClientCall<[], MfaStatus>;
  private readonly remove: ClientCall<[device: MfaDevice, mfaToken: string], void>;

  /** The last list read (the call's own value is gone while it reads again). */
  @reactive private status: MfaStatus | undefined;
  /** The last method whose deletion waits for an explicit confirmation. */
  @reactive private confirming: string | undefined;
  /** A delete (device id) or new codes (`codes`) under way, from the proof until the end. */
  @reactive private working: string | undefined;
  @reactive private panel: Panel | undefined;
  /** A short outcome line ("… was deleted."). */
  @reactive private notice: Phrase | undefined;
  /** Why the last delete or regenerate did not happen. */
  @reactive private failure: MfaError | undefined;
  /** A method was added here: if that created recovery codes to save, show them next. */
  private codesAfterAdd = false;
  /** Where the focus goes once the next render is done (not `@reactive`: clearing it renders nothing). */
  private focusTarget: (() => HTMLElement | null | undefined) | undefined;

  constructor(host: MfaDevices) {
    this.host = host;
    // Read when the element connects, as soon as it has a client (set or provided late).
    this.read = new ClientCall<[], MfaStatus>(host, {
      call: (client, _args, signal) => client.status({ signal }),
      onSuccess: (status) => this.arrive(status),
      auto: () => [],
    });
    this.remove = new ClientCall<[MfaDevice, string], void>(host, {
      call: (client, [device, mfaToken], signal) =>
        client.deleteDevice({ deviceId: device.id, mfaToken, signal }),
      onSuccess: (_, [device]) => {
        this.working = undefined;
        this.notice = (msg) => msg.devicesDeleted({ name: this.nameOf(device) });
        host.dispatchEvent(new MfaDeviceDeletedEvent({ deviceId: device.id, type: device.type }));
        this.focusLater(() => this.part('status'));
        void this.read.run();
      },
      onError: (error, [device]) => {
        this.working = undefined;
        this.failure = error;
        this.focusLater(() => this.deleteButton(device.id));
      },
    });
    host.addController(this);
  }

  private arrive(status: MfaStatus): void {
    this.status = status;
    const showCodes =
      this.codesAfterAdd &&
      status.pending === 'acknowledge-recovery-codes' &&
      !this.panel &&
      !this.working;
    this.codesAfterAdd = false;
    if (showCodes) {
      // The first method came with recovery codes: they are shown once, and must be saved.
      this.working = 'codes';
      this.panel = { kind: 'codes', fresh: false, regenerated: false, settled: true };
      this.focusLater(() => this.host.renderRoot.querySelector<HTMLElement>('#panel-title'));
    }
  }

  /** `MfaDevices.refresh()`. */
  async refresh(): Promise<void> {
    await this.read.run();
  }

  hostDisconnected(): void {
    // A proof asked for on the page that was left must not delete anything later.
    this.confirming = undefined;
    this.panel = undefined;
    this.working = undefined;
  }

  hostUpdate(): void {
    this.host.toggleState('empty', this.status?.devices.length === 0);
    this.host.toggleState('confirming', this.confirming !== undefined);
  }

  hostUpdated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    target?.()?.focus();
  }

  private focusLater(target: () => HTMLElement | null | undefined): void {
    this.focusTarget = target;
    this.host.requestUpdate();
  }

  private part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.host.renderRoot.querySelector<T>(`[part~="${name}"]`);
  }

  private deleteButton(deviceId: string): HTMLElement | undefined {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="delete-button"]')].find(
      (button) => button.dataset['device'] === deviceId,
    );
  }

  private guard(id: 'delete-guard' | 'regenerate-guard'): MfaActionGuard {
    return this.host.renderRoot.querySelector<MfaActionGuard>(`#${id}`)!;
  }

  private nameOf(device: MfaDevice): string {
    const msg = this.host.msg;
    return (
      device.alias?.trim() ||
      (device.type === 'passkey' ? msg.devicesTypePasskey : msg.devicesTypeTotp)
    );
  }

  /** Deleting this one leaves no verified method: two-step verification would be off. */
  private isLast(device: MfaDevice): boolean {
    const verified = this.status?.devices.filter((candidate) => candidate.verified) ?? [];
    return device.verified && verified.length === 1 && verified[0].id === device.id;
  }

  private clearOutcome(): void {
    this.notice = undefined;
    this.failure = undefined;
  }

  // --- delete -----------------------------------------------------------------------------------

  private async requestDelete(device: MfaDevice): Promise<void> {
    if (this.working) return;
    const msg = this.host.msg;
    if (this.isLast(device) && this.confirming !== device.id) {
      this.clearOutcome();
      this.confirming = device.id;
      this.focusLater(() => this.part('keep-button'));
      return;
    }
    this.clearOutcome();
    this.confirming = undefined;
    this.working = device.id;
    const guard = this.guard('delete-guard');
    guard.label = msg.devicesGuardLabel({ name: this.nameOf(device) });
    let token: MfaToken | undefined;
    try {
      token = await guard.authorize();
    } catch (error) {
      // Dismissed (AbortError), or no method to prove with (MfaError): nothing was deleted.
      this.working = undefined;
      if (error instanceof MfaError) this.failure = error;
      else this.notice = (m) => m.devicesNotDeleted;
      this.focusLater(() => this.deleteButton(device.id));
      return;
    }
    if (!this.host.isConnected) return;
    // The server decides: without a token (the client said no proof is needed) it may refuse.
    await this.remove.run(device, token?.value ?? '');
  }

  private keep = (): void => {
    const id = this.confirming;
    this.confirming = undefined;
    if (id) this.focusLater(() => this.deleteButton(id));
  };

  private onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.keep();
    }
  };

  // --- new recovery codes ---------------------------------------------------------------------

  private requestCodes = async (): Promise<void> => {
    if (this.working) return;
    this.clearOutcome();
    this.confirming = undefined;
    this.working = 'codes';
    let token: MfaToken | undefined;
    try {
      token = await this.guard('regenerate-guard').authorize();
    } catch (error) {
      this.working = undefined;
      if (error instanceof MfaError) this.failure = error;
      else this.notice = (m) => m.devicesNoNewCodes;
      this.focusLater(() => this.part('regenerate-button'));
      return;
    }
    if (!this.host.isConnected) return;
    const panel: Panel = { kind: 'codes', fresh: true, regenerated: false, settled: false };
    this.panel = panel;
    await this.host.updateComplete;
    const codes = this.host.renderRoot.querySelector<MfaRecoveryCodes>('mfa-recovery-codes');
    if (!codes || this.panel !== panel) return;
    this.focusLater(() => this.host.renderRoot.querySelector<HTMLElement>('#panel-title'));
    await codes.regenerate(token ? { mfaToken: token.value } : {});
    // Succeeded or not, the element says so; on failure the panel offers Close.
    // Changed in place: the panel's identity tells whether it is still the one on show.
    panel.settled = true;
    this.host.requestUpdate();
  };

  private onRegenerated = (): void => {
    const panel = this.panel;
    if (panel?.kind !== 'codes') return;
    panel.regenerated = true;
    this.host.requestUpdate();
  };

  private onAcknowledged = (): void => {
    const fresh = this.panel?.kind === 'codes' && this.panel.fresh;
    this.panel = undefined;
    this.working = undefined;
    this.notice = (msg) => (fresh ? msg.devicesCodesSaved : msg.devicesFirstCodesSaved);
    this.focusLater(() => this.part('regenerate-button'));
    void this.read.run();
  };

  // --- adding a method --------------------------------------------------------------------------

  private openAdd(type: MfaDeviceType): void {
    if (this.working) return;
    this.clearOutcome();
    this.confirming = undefined;
    this.panel = { kind: 'add', type };
    this.focusLater(() => this.host.renderRoot.querySelector<HTMLElement>('#panel-title'));
  }

  private closePanel = (): void => {
    const panel = this.panel;
    this.panel = undefined;
    if (panel?.kind === 'codes') this.working = undefined;
    this.focusLater(() =>
      panel?.kind === 'codes'
        ? this.part('regenerate-button')
        : (this.part('add-button') ?? this.part('status')),
    );
  };

  private onEnrolled = (event: MfaEnrolledEvent): void => {
    const name = this.nameOf(event.detail.device);
    this.panel = undefined;
    this.notice = (msg) => msg.devicesAdded({ name });
    this.codesAfterAdd = true;
    this.focusLater(() => this.part('status'));
    void this.read.run();
  };

  private retry = (): void => {
    this.focusLater(() => this.part('list') ?? this.part('empty'));
    void this.read.run();
  };

  // --- rendering --------------------------------------------------------------------------------

  render(): TemplateResult {
    const host = this.host;
    const msg = host.msg;
    const status = this.status;
    const readError = this.read.error;

    let progress: string | undefined;
    // A read that waits for its client shows the same line.
    if (
      (this.read.pending || (this.read.status === 'initial' && !host.missingClient?.visible)) &&
      !status
    )
      progress = msg.devicesLoading;
    else if (this.remove.pending && this.working) {
      const device = status?.devices.find((candidate) => candidate.id === this.working);
      progress = device ? msg.devicesDeleting({ name: this.nameOf(device) }) : undefined;
    } else progress = this.notice?.(msg);

    const error = this.failure ?? readError;
    const client = host.activeClient;
    return html`<div part="base" class="base">
      ${status ? this.renderList(status) : nothing}
      ${status ? this.renderRecovery(status) : nothing}
      ${status && !host.hideAdd ? this.renderAdd(status) : nothing}
      ${this.panel ? this.renderPanel(this.panel) : nothing}
      <div part="status" class="status" role="status" tabindex="-1">${progress ?? nothing}</div>
      <div part="error" class="error" role="alert">${error ? host.describeError(error) : nothing}</div>
      ${
        readError && !this.read.pending
          ? html`<button part="retry-button" class="button" type="button" @click=${this.retry}>${msg.tryAgain}</button>`
          : nothing
      }
      <!-- The guards' events are this element's business: their token is used at once. -->
      <mfa-action-guard
        id="delete-guard"
        action=${DELETE_ACTION}
        .client=${client}
        @mfa-action-authorized=${stopEvent}
        @mfa-cancel=${stopEvent}
      ></mfa-action-guard>
      <mfa-action-guard
        id="regenerate-guard"
        action=${REGENERATE_ACTION}
        label=${msg.devicesRegenerateGuardLabel}
        .client=${client}
        @mfa-action-authorized=${stopEvent}
        @mfa-cancel=${stopEvent}
      ></mfa-action-guard>
    </div>`;
  }

  private renderList(status: MfaStatus): TemplateResult {
    const msg = this.host.msg;
    if (status.devices.length === 0)
      return html`<p part="empty" class="empty" tabindex="-1">${msg.devicesEmpty}</p>`;
    const dates = this.dateFormat();
    const when = (iso: string | undefined): TemplateResult | string => {
      if (!iso) return msg.devicesNeverUsed;
      const date = new Date(iso);
      return Number.isNaN(date.getTime())
        ? iso
        : html`<time datetime=${iso}>${dates.format(date)}</time>`;
    };
    return html`<ul part="list" class="list" aria-label=${msg.devicesListLabel} tabindex="-1">
      ${status.devices.map((device, index) => {
        const name = this.nameOf(device);
        const typeName = device.type === 'passkey' ? msg.devicesTypePasskey : msg.devicesTypeTotp;
        const confirming = this.confirming === device.id;
        const busy = this.working === device.id;
        return html`<li part="device" class="device">
          ${device.type === 'passkey' ? passkeyIcon : totpIcon}
          <div class="info">
            <p part="device-name" class="name">${name}</p>
            ${device.alias?.trim() ? html`<p part="device-type" class="type">${typeName}</p>` : nothing}
            <dl part="details" class="details" id="details-${index}">
              <div><dt>${msg.devicesAddedOn}</dt><dd>${when(device.createdAt)}</dd></div>
              <div><dt>${msg.devicesLastUsed}</dt><dd>${when(device.lastUsedAt)}</dd></div>
              ${
                device.type === 'totp'
                  ? html`<div>
                    <dt>${msg.devicesState}</dt>
                    <dd class=${device.verified ? 'verified' : 'unverified'}>
                      ${device.verified ? msg.devicesVerified : msg.devicesPending}
                    </dd>
                  </div>`
                  : nothing
              }
            </dl>
          </div>
          ${
            confirming
              ? nothing
              : html`<button
                part="delete-button"
                class="button delete"
                type="button"
                data-device=${device.id}
                aria-describedby="details-${index}"
                aria-disabled=${this.working ? 'true' : nothing}
                aria-busy=${busy ? 'true' : nothing}
                @click=${() => void this.requestDelete(device)}
              >
                ${msg.devicesDelete}<span class="visually-hidden"> ${name}</span>
              </button>`
          }
          ${confirming ? this.renderConfirm(device, name, index) : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderConfirm(device: MfaDevice, name: string, index: number): TemplateResult {
    const msg = this.host.msg;
    return html`<div
      part="confirm"
      class="confirm"
      role="group"
      aria-labelledby="confirm-${index}"
      @keydown=${this.onConfirmKeydown}
    >
      <p id="confirm-${index}" class="warning">${msg.devicesLastWarning({ name })}</p>
      <div class="actions">
        <button part="confirm-button" class="button danger" type="button" @click=${() => void this.requestDelete(device)}>
          ${msg.devicesConfirmDelete}<span class="visually-hidden"> ${name}</span>
        </button>
        <button part="keep-button" class="button" type="button" @click=${this.keep}>${msg.devicesKeep}</button>
      </div>
    </div>`;
  }

  private renderRecovery(status: MfaStatus): TemplateResult | typeof nothing {
    const hasMethod = status.devices.some((device) => device.verified);
    if (!hasMethod && status.recoveryCodesRemaining === 0) return nothing;
    const msg = this.host.msg;
    const count = status.recoveryCodesRemaining;
    const showing = this.panel?.kind === 'codes';
    return html`<section part="recovery" class="recovery" aria-labelledby="recovery-title">
      <div class="info">
        <p id="recovery-title" class="name" role="heading" aria-level=${headingLevel(this.host.headingLevel)}>${msg.devicesRecoveryTitle}</p>
        <p class="remaining ${count <= 3 ? 'low' : ''}">${count === 0 ? msg.devicesRecoveryNone : msg.devicesRecoveryRemaining({ count })}</p>
        <p id="regenerate-hint" class="hint">${msg.devicesRegenerateHint}</p>
      </div>
      ${
        showing
          ? nothing
          : html`<button
            part="regenerate-button"
            class="button"
            type="button"
            aria-describedby="regenerate-hint"
            aria-disabled=${this.working ? 'true' : nothing}
            aria-busy=${this.working === 'codes' ? 'true' : nothing}
            @click=${this.requestCodes}
          >
            ${msg.devicesRegenerate}
          </button>`
      }
    </section>`;
  }

  private renderAdd(status: MfaStatus): TemplateResult {
    const msg = this.host.msg;
    const hasTotp = status.devices.some((device) => device.type === 'totp' && device.verified);
    const passkeys = browserSupportsPasskeys();
    const disabled = this.working !== undefined ? 'true' : nothing;
    return html`<div part="add" class="add">
      <div class="actions">
        ${
          hasTotp
            ? nothing
            : html`<button part="add-button" class="button" type="button" aria-disabled=${disabled} @click=${() => this.openAdd('totp')}>
              ${msg.devicesAddTotp}
            </button>`
        }
        ${
          passkeys
            ? html`<button part="add-button" class="button" type="button" aria-disabled=${disabled} @click=${() => this.openAdd('passkey')}>
              ${msg.devicesAddPasskey}
            </button>`
            : nothing
        }
      </div>
      ${hasTotp ? html`<p part="note" class="hint">${msg.devicesOneTotp}</p>` : nothing}
    </div>`;
  }

  private renderPanel(panel: Panel): TemplateResult {
    const msg = this.host.msg;
    const client = this.host.activeClient;
    if (panel.kind === 'codes') {
      return html`<section part="panel" class="panel" aria-labelledby="panel-title">
        <p id="panel-title" class="name" tabindex="-1" role="heading" aria-level=${headingLevel(this.host.headingLevel)}>${panel.fresh ? msg.devicesNewCodesTitle : msg.devicesSaveCodesTitle}</p>
        <mfa-recovery-codes
          part="recovery-codes"
          .client=${client}
          @mfa-recovery-codes-regenerated=${this.onRegenerated}
          @mfa-recovery-codes-acknowledged=${this.onAcknowledged}
        ></mfa-recovery-codes>
        ${
          panel.fresh && panel.settled && !panel.regenerated
            ? html`<button part="close-button" class="button" type="button" @click=${this.closePanel}>${msg.devicesClose}</button>`
            : nothing
        }
      </section>`;
    }
    const passkey = panel.type === 'passkey';
    return html`<section part="panel" class="panel" aria-labelledby="panel-title">
      <p id="panel-title" class="name" tabindex="-1" role="heading" aria-level=${headingLevel(this.host.headingLevel)}>${passkey ? msg.devicesAddTitlePasskey : msg.devicesAddTitleTotp}</p>
      ${
        passkey
          ? html`<mfa-passkey-prompt
            part="passkey-prompt"
            mode="register"
            .client=${client}
            @mfa-enrolled=${this.onEnrolled}
          ></mfa-passkey-prompt>`
          : html`<mfa-totp-enroll part="totp-enroll" heading-level=${headingLevel(this.host.headingLevel + 1)} .client=${client} .manualSubmit=${this.host.manualSubmit} @mfa-enrolled=${this.onEnrolled}></mfa-totp-enroll>`
      }
      <button part="close-button" class="button" type="button" @click=${this.closePanel}>${msg.devicesCancel}</button>
    </section>`;
  }

  /** Dates as the element's language writes them (`lang` on it or an ancestor). */
  private dateFormat(): Intl.DateTimeFormat {
    try {
      return new Intl.DateTimeFormat(inheritedLang(this.host), { dateStyle: 'medium' });
    } catch {
      // A malformed `lang`: the browser's own language.
      return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
    }
  }
}
