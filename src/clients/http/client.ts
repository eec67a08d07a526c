/**
 * `createHttpClient(options)`: the `MfaClient` contract over HTTP, against the reference server
 * (`createMfaHandler`) or anything that implements its protocol (`openapi.json`).
 *
 *   import { createHttpClient } from 'mfa-elements/http';
 *   provider.client = createHttpClient({ baseUrl: '/mfa' });
 *
 * Every call passes its `AbortSignal` to `fetch` and rejects with the abort reason when aborted;
 * every failure is an `MfaError` (`network` when the server cannot be reached, `unknown` for an
 * answer the client cannot read). The client never logs, and never puts a code or token in a URL.
 */
import type { CallOptions, MfaClient, TokenRequest, VerifyOptions } from '../../client/types.js';
import { readAnswer } from './answers.js';
import { MfaHttpError } from './errors.js';
import type { HttpClientOptions } from './options.js';
import { createTransport } from './transport.js';
import { browserWebAuthn, ceremonyError, unsupported } from './webauthn.js';

/** `token` and `action` of a verification, as the server's body fields (absent when not given). */
function proofRequest(input: VerifyOptions | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (input?.token !== undefined) body['token'] = tokenRequest(input.token);
  if (input?.action !== undefined) body['action'] = input.action;
  return body;
}

/** Only the two shapes the protocol knows; anything else on the object stays behind. */
function tokenRequest(token: TokenRequest): TokenRequest {
  if (!('scopes' in token)) return { singleUse: token.singleUse };
  return token.singleUse === undefined
    ? { scopes: [...token.scopes] }
    : { scopes: [...token.scopes], singleUse: token.singleUse };
}

function signalOf(options: CallOptions | undefined): { signal?: AbortSignal } {
  return options?.signal ? { signal: options.signal } : {};
}

export function createHttpClient(options: HttpClientOptions): MfaClient {
  const send = createTransport(options);
  const webauthn = options.webauthn ?? browserWebAuthn;

  /** Run a WebAuthn ceremony, mapping its failures (an abort stays an abort). */
  async function ceremony<T>(signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw ceremonyError(error, signal);
    }
  }

  function requireWebAuthn(): void {
    if (!webauthn.supported()) throw unsupported();
    webauthn.preload?.();
  }

  // The methods take their parameter and result types from MfaClient, the type returned.
  return {
    async status(callOptions) {
      return readAnswer(
        'status',
        await send({ method: 'GET', path: ['status'], ...signalOf(callOptions) }),
      );
    },

    async enrollTotp(callOptions) {
      return readAnswer(
        'enrollment',
        await send({ method: 'POST', path: ['totp', 'enroll'], ...signalOf(callOptions) }),
      );
    },

    async verifyTotp(input) {
      const body: Record<string, unknown> = { code: input.code, ...proofRequest(input) };
      if (input.deviceId !== undefined) body['deviceId'] = input.deviceId;
      return readAnswer(
        'proof',
        await send({ method: 'POST', path: ['totp', 'verify'], body, ...signalOf(input) }),
      );
    },

    async enrollPasskey(input) {
      const signal = input?.signal;
      requireWebAuthn();
      const named: Record<string, unknown> =
        input?.alias !== undefined ? { alias: input.alias } : {};
      const creation = readAnswer(
        'creationOptions',
        await send({
          method: 'POST',
          path: ['passkeys', 'register', 'options'],
          body: named,
          ...signalOf(input),
        }),
      );
      const response = await ceremony(signal, () => webauthn.register(creation, signal));
      return readAnswer(
        'device',
        await send({
          method: 'POST',
          path: ['passkeys', 'register', 'verify'],
          body: { response, ...named },
          ...signalOf(input),
        }),
      );
    },

    async verifyPasskey(input) {
      const signal = input?.signal;
      requireWebAuthn();
      const request = readAnswer(
        'requestOptions',
        await send({
          method: 'POST',
          path: ['passkeys', 'authenticate', 'options'],
          ...signalOf(input),
        }),
      );
      const response = await ceremony(signal, () => webauthn.authenticate(request, signal));
      return readAnswer(
        'proof',
        await send({
          method: 'POST',
          path: ['passkeys', 'authenticate', 'verify'],
          body: { response, ...proofRequest(input) },
          ...signalOf(input),
        }),
      );
    },

    async deleteDevice(input) {
      readAnswer(
        'nothing',
        await send({
          method: 'DELETE',
          path: ['devices', input.deviceId],
          mfaToken: input.mfaToken,
          ...signalOf(input),
        }),
      );
    },

    async recoveryCodes(input) {
      if (input?.regenerate) {
        const answer = await send({
          method: 'POST',
          path: ['recovery-codes', 'regenerate'],
          ...(input.mfaToken !== undefined && { mfaToken: input.mfaToken }),
          ...signalOf(input),
        });
        return readAnswer('codes', answer);
      }
      try {
        return readAnswer(
          'codes',
          await send({ method: 'GET', path: ['recovery-codes'], ...signalOf(input) }),
        );
      } catch (error) {
        // A server without an encryption key keeps no plaintext, so a GET cannot show the
        // unsaved set again; a new one is asked for with a POST (a GET never changes anything).
        if (!(error instanceof MfaHttpError && error.reason === 'codes-not-kept')) throw error;
        return readAnswer(
          'codes',
          await send({ method: 'POST', path: ['recovery-codes', 'reissue'], ...signalOf(input) }),
        );
      }
    },

    async acknowledgeRecoveryCodes(callOptions) {
      readAnswer(
        'nothing',
        await send({
          method: 'POST',
          path: ['recovery-codes', 'acknowledge'],
          ...signalOf(callOptions),
        }),
      );
    },

    async verifyRecoveryCode(input) {
      const body = { code: input.code, ...proofRequest(input) };
      return readAnswer(
        'proof',
        await send({
          method: 'POST',
          path: ['recovery-codes', 'verify'],
          body,
          ...signalOf(input),
        }),
      );
    },

    async isRequiredForAction(action, callOptions) {
      return readAnswer(
        'required',
        await send({ method: 'GET', path: ['actions', action], ...signalOf(callOptions) }),
      );
    },
  };
}
