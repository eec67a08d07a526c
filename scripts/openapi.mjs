#!/usr/bin/env node
// Writes openapi.json (OpenAPI 3.1) at the repository root: the protocol of the reference server
// (src/server/routes.ts and src/server/routes/*), for teams implementing it — or a client for
// it — in another language. The description below is the source; openapi.json is generated.
//
//   node --import tsx scripts/openapi.mjs           write openapi.json (npm run openapi)
//   node --import tsx scripts/openapi.mjs --check   exit 1 when openapi.json is not what this script writes
// (tsx, because the error codes come straight from the contract's TypeScript source.)
//
// test/server/openapi.test.ts walks every route of the real handler against this description,
// and checks real answers against its schemas; test/server/http-client.test.ts checks every
// request and answer of the HTTP client against it too.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MFA_ERROR_CODES } from '../src/client/errors.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OPENAPI_FILE = join(root, 'openapi.json');

/** `ErrorReason` of src/server/http.ts. */
export const ERROR_REASONS = [
  'no-session',
  'origin',
  'mfa-required',
  'fresh-proof-required',
  'enrollment-expired',
  'codes-not-kept',
  'mfa-token-required',
  'mfa-token-invalid',
  'mfa-token-used',
  'mfa-token-session',
  'mfa-token-kind',
  'mfa-token-method',
  'mfa-token-scope',
  'mfa-token-action',
  'body-too-large',
  'content-type',
  'malformed-json',
  'not-found',
  'method-not-allowed',
];

const ACTION_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]*$';
const SCOPE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:/-]*$';

// ---------------------------------------------------------------------------------------------
// Helpers

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const param = (name) => ({ $ref: `#/components/parameters/${name}` });
const response = (name) => ({ $ref: `#/components/responses/${name}` });
const str = (extra = {}) => ({ type: 'string', ...extra });
const closed = (properties, required = [], extra = {}) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...extra,
});

/**
 * What a WebAuthn ceremony (`startRegistration`, `startAuthentication`) returns: a
 * `PublicKeyCredential`'s JSON, the same around the `response` fields of that ceremony.
 */
const credentialJson = (ceremony, response, required) => ({
  type: 'object',
  description: `What \`${ceremony}\` (or a \`PublicKeyCredential\`'s \`toJSON()\`) returns.`,
  properties: {
    id: str({ description: 'base64url credential id' }),
    rawId: str(),
    type: str({ const: 'public-key' }),
    response: { type: 'object', properties: response, required },
    clientExtensionResults: { type: 'object' },
    authenticatorAttachment: str(),
  },
  required: ['id', 'rawId', 'type', 'response'],
});

function json(schema, description) {
  return { description, content: { 'application/json': { schema } } };
}

/** An error answer: the `Error` body; `codes` says which codes it carries here. */
function error(description, codes) {
  return json(
    codes ? { allOf: [ref('Error'), { properties: { code: { enum: codes } } }] } : ref('Error'),
    description,
  );
}

/** A wrong code's answer: the failure that starts a lock carries the wait (`retryAfter`, `Retry-After`). */
function wrongCodeError(description, codes) {
  return {
    ...error(
      `${description} The wrong code that starts a lock says so: \`retryAfter\` (and \`Retry-After\`) give the wait.`,
      codes,
    ),
    headers: {
      'Retry-After': {
        description: 'Only on the failure that starts a timed lock: seconds until the lock ends.',
        schema: { type: 'integer', minimum: 1 },
      },
    },
  };
}

function body(schema, description) {
  return { required: true, description, content: { 'application/json': { schema } } };
}

/** Answers every operation can give. */
function common(method) {
  const answers = {
    401: response('NoSession'),
    403: response('Forbidden'),
    500: response('ServerFault'),
  };
  if (method === 'post') {
    answers[400] = response('InvalidRequest');
    answers[413] = response('BodyTooLarge');
    answers[415] = response('NotJson');
  }
  return answers;
}

function operation(method, spec) {
  const { responses, parameters = [], clientMethod, ...rest } = spec;
  const merged = { ...common(method), ...responses };
  const sorted = Object.fromEntries(
    Object.entries(merged).sort(([a], [b]) => Number(a) - Number(b)),
  );
  const op = {
    ...rest,
    parameters: method === 'get' ? parameters : [param('Origin'), ...parameters],
    responses: sorted,
  };
  if (op.parameters.length === 0) delete op.parameters;
  if (clientMethod) op['x-mfa-client-method'] = clientMethod;
  return op;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const schemas = {
  ErrorCode: {
    description:
      'The `MfaError` codes of the client contract. The server sends `invalid-request`, `invalid-code`, `expired`, ' +
      '`already-enrolled`, `not-enrolled`, `rate-limited`, `unauthorized`, `step-up-required` (403: adding a factor needs ' +
      'this session to prove one it has first; elements show "Confirm it\'s you first") and `unknown`; the other codes are raised by ' +
      'clients (`network`, `passkey-cancelled`, `passkey-unsupported`). Clients map a code they do not know to `unknown`.',
    type: 'string',
    enum: [...MFA_ERROR_CODES],
  },
  ErrorReason: {
    description:
      'Which case of a code it was, for codes that cover several (mostly `unauthorized`).',
    type: 'string',
    enum: ERROR_REASONS,
  },
  Error: closed(
    {
      code: ref('ErrorCode'),
      message: str({
        description:
          'For developers; never contains a code, secret or token. Apps show their own text.',
      }),
      retryAfter: {
        type: 'integer',
        minimum: 1,
        description:
          'With `rate-limited`: seconds until another attempt is allowed (also in `Retry-After`); absent for a hard lock. ' +
          'With `invalid-code`: this wrong code started a lock of that many seconds.',
      },
      reason: ref('ErrorReason'),
    },
    ['code', 'message'],
    {
      description:
        "Every refusal and failure. 4xx for a client's mistake, 500 `unknown` for a fault of the server.",
    },
  ),
  MfaMethod: { type: 'string', enum: ['totp', 'passkey', 'recovery-code'] },
  MfaPendingStep: {
    type: ['string', 'null'],
    enum: ['enroll', 'verify', 'acknowledge-recovery-codes', null],
    description:
      '`enroll`: no verified factor. `verify`: this session has not proved one. `acknowledge-recovery-codes`: the codes ' +
      'were not yet confirmed as saved. `null`: nothing pending.',
  },
  MfaDevice: closed(
    {
      id: str({ minLength: 1, maxLength: 64 }),
      type: { type: 'string', enum: ['totp', 'passkey'] },
      alias: str({
        minLength: 1,
        maxLength: 64,
        description: 'A name the user chose ("Pixel 8").',
      }),
      verified: {
        type: 'boolean',
        description:
          'A TOTP device is verified once its first code was confirmed; passkeys always are.',
      },
      createdAt: str({ format: 'date-time' }),
      lastUsedAt: str({ format: 'date-time' }),
    },
    ['id', 'type', 'verified', 'createdAt'],
    { description: 'A registered factor. Recovery codes are not devices.' },
  ),
  MfaStatus: closed(
    {
      pending: ref('MfaPendingStep'),
      methods: {
        type: 'array',
        items: ref('MfaMethod'),
        uniqueItems: true,
        description:
          'Methods the user can verify with now (verified devices, unused recovery codes).',
      },
      devices: {
        type: 'array',
        items: ref('MfaDevice'),
        description: 'Empty for a session that has not proved its factor yet.',
      },
      recoveryCodesRemaining: { type: 'integer', minimum: 0 },
    },
    ['pending', 'methods', 'devices', 'recoveryCodesRemaining'],
  ),
  DeviceList: closed({ devices: { type: 'array', items: ref('MfaDevice') } }, ['devices']),
  TotpEnrollment: closed(
    {
      deviceId: str({
        minLength: 1,
        maxLength: 64,
        description: 'Pass it to `totp/verify` to confirm this enrollment.',
      }),
      uri: str({
        pattern: '^otpauth://totp/',
        description: 'For the QR code; contains the secret.',
      }),
      secret: str({
        pattern: '^[A-Z2-7]+=*$',
        description: 'Base32, 160 bits. Sent once; never again after confirmation.',
      }),
      issuer: str(),
      accountName: str(),
      digits: { type: 'integer', const: 6 },
      period: { type: 'integer', const: 30 },
      algorithm: { type: 'string', enum: ['SHA1', 'SHA256', 'SHA512'] },
    },
    ['deviceId', 'uri', 'secret', 'issuer', 'accountName', 'digits', 'period', 'algorithm'],
    {
      description: 'The secret of a new, unconfirmed TOTP device. Keep it out of logs and storage.',
    },
  ),
  ActionName: str({
    minLength: 1,
    maxLength: 128,
    pattern: ACTION_PATTERN,
    description: "The app's name of an action: `wallet.export`, `wallet.waas.sign`, …",
  }),
  Scope: str({
    minLength: 1,
    maxLength: 64,
    pattern: SCOPE_PATTERN,
    description: 'A step-up scope, e.g. `wallet:export`.',
  }),
  TokenRequest: {
    description:
      'What a verification should yield besides the proof: an MFA token (`singleUse: true` — bound to `action`, ' +
      'expires after 5 minutes, consumed when the action runs; `false` — persistent, bound to the session) or step-up ' +
      '`scopes` (a session-bound token carrying them; with `singleUse: true`, one consumed by its first use). Scopes ' +
      'narrow, never widen: a scoped token passes only checks that name one of its scopes or actions whose policy lists ' +
      "one, and a scope never lifts an action's single-use rule.",
    oneOf: [
      closed({ singleUse: { type: 'boolean' } }, ['singleUse']),
      closed(
        {
          scopes: { type: 'array', items: ref('Scope'), minItems: 1, maxItems: 16 },
          singleUse: { type: 'boolean' },
        },
        ['scopes'],
      ),
    ],
  },
  MfaToken: closed(
    {
      value: str({
        pattern: '^mfa_[A-Za-z0-9_-]{43}$',
        description:
          'Opaque bearer value (256 random bits); the app sends it to its own endpoint in `x-mfa-token`. Shown once; the server keeps only its hash.',
      }),
      singleUse: { type: 'boolean' },
      scopes: { type: 'array', items: ref('Scope') },
      action: ref('ActionName'),
      expiresAt: str({ format: 'date-time' }),
    },
    ['value', 'singleUse', 'scopes', 'expiresAt'],
  ),
  MfaProof: closed(
    {
      method: ref('MfaMethod'),
      deviceId: str({ minLength: 1, maxLength: 64 }),
      token: ref('MfaToken'),
      recoveryCodesRemaining: {
        type: 'integer',
        minimum: 0,
        description: 'After a recovery code: how many unused codes are left.',
      },
    },
    ['method'],
    { description: 'A successful verification. Never contains the code that was verified.' },
  ),
  RecoveryCodes: closed(
    {
      codes: {
        type: 'array',
        minItems: 1,
        items: str({
          pattern: '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$',
          description: '80 random bits in Crockford base32, grouped `XXXX-XXXX-XXXX-XXXX`.',
        }),
      },
    },
    ['codes'],
    {
      description:
        'A set of recovery codes (ten by default). Shown to the user; stored by the server only as salted slow hashes.',
    },
  ),
  ActionRequirement: closed({ required: { type: 'boolean' } }, ['required']),
  TokenAccepted: closed(
    {
      ok: { type: 'boolean', const: true },
      userId: str(),
      sessionId: str(),
      action: str({
        maxLength: 128,
        description:
          'The action checked; an empty string for a scope-only check (no `action` in the request).',
      }),
      mfa: {
        type: 'boolean',
        description:
          "False when the action's policy let it run without a proof (no token was checked or consumed).",
      },
      method: ref('MfaMethod'),
      singleUse: { type: 'boolean' },
      scopes: { type: 'array', items: ref('Scope') },
      issuedAt: str({
        format: 'date-time',
        description: 'When the proof behind the token was given.',
      }),
    },
    ['ok', 'userId', 'sessionId', 'action', 'mfa', 'scopes'],
  ),
  PublicKeyCredentialCreationOptionsJSON: {
    type: 'object',
    description:
      'WebAuthn registration options (`@simplewebauthn/server` `generateRegistrationOptions`), for `navigator.credentials.create()` ' +
      '(e.g. through `@simplewebauthn/browser` `startRegistration`). The challenge is 32 random bytes, single-use, bound to the ' +
      'session, and expires after `challengeSeconds` (default 300).',
    properties: {
      challenge: str({ description: 'base64url' }),
      rp: { type: 'object', properties: { id: str(), name: str() }, required: ['name'] },
      user: {
        type: 'object',
        properties: {
          id: str({ description: 'base64url; a random handle, not the user id' }),
          name: str(),
          displayName: str(),
        },
        required: ['id', 'name', 'displayName'],
      },
      pubKeyCredParams: { type: 'array', items: { type: 'object' } },
      timeout: { type: 'integer' },
      excludeCredentials: { type: 'array', items: { type: 'object' } },
      authenticatorSelection: { type: 'object' },
      attestation: str(),
      extensions: { type: 'object' },
      hints: { type: 'array', items: str() },
    },
    required: ['challenge', 'rp', 'user', 'pubKeyCredParams'],
  },
  PublicKeyCredentialRequestOptionsJSON: {
    type: 'object',
    description:
      'WebAuthn authentication options (`generateAuthenticationOptions`), for `navigator.credentials.get()`. User verification ' +
      "is required; `allowCredentials` lists the user's passkeys.",
    properties: {
      challenge: str({ description: 'base64url' }),
      timeout: { type: 'integer' },
      rpId: str(),
      allowCredentials: { type: 'array', items: { type: 'object' } },
      userVerification: str(),
      extensions: { type: 'object' },
      hints: { type: 'array', items: str() },
    },
    required: ['challenge'],
  },
  RegistrationResponseJSON: credentialJson(
    'startRegistration',
    {
      clientDataJSON: str(),
      attestationObject: str(),
      transports: { type: 'array', items: str() },
    },
    ['clientDataJSON', 'attestationObject'],
  ),
  AuthenticationResponseJSON: credentialJson(
    'startAuthentication',
    { clientDataJSON: str(), authenticatorData: str(), signature: str(), userHandle: str() },
    ['clientDataJSON', 'authenticatorData', 'signature'],
  ),
  Empty: closed({}, [], { description: 'An empty object (`{}`); an empty body reads the same.' }),
  TotpVerifyRequest: closed(
    {
      code: str({
        minLength: 1,
        maxLength: 32,
        description: 'The code from the authenticator app (spaces are ignored).',
      }),
      deviceId: str({
        minLength: 1,
        maxLength: 64,
        description:
          'Which device: the `deviceId` of an enrollment to confirm it. Default: the verified device, or else the newest enrollment.',
      }),
      token: ref('TokenRequest'),
      action: ref('ActionName'),
    },
    ['code'],
  ),
  AliasRequest: closed({
    alias: str({
      minLength: 1,
      maxLength: 64,
      description: 'Printable text (no control characters); trimmed.',
    }),
  }),
  PasskeyRegisterVerifyRequest: closed(
    {
      response: ref('RegistrationResponseJSON'),
      alias: str({
        minLength: 1,
        maxLength: 64,
        description: 'Printable text (no control characters); trimmed.',
      }),
    },
    ['response'],
  ),
  PasskeyAuthenticateVerifyRequest: closed(
    {
      response: ref('AuthenticationResponseJSON'),
      token: ref('TokenRequest'),
      action: ref('ActionName'),
    },
    ['response'],
  ),
  RecoveryCodeVerifyRequest: closed(
    {
      code: str({
        minLength: 1,
        maxLength: 64,
        description:
          'One recovery code; case, spaces and dashes are ignored, I/L read as 1 and O as 0.',
      }),
      token: ref('TokenRequest'),
      action: ref('ActionName'),
    },
    ['code'],
  ),
  TokenVerifyRequest: closed(
    {
      token: str({
        minLength: 1,
        maxLength: 128,
        description: 'The MFA token value the app received.',
      }),
      action: ref('ActionName'),
      scope: str({
        minLength: 1,
        maxLength: 64,
        description: 'A step-up scope the token must carry.',
      }),
    },
    ['token'],
    {
      description:
        'At least one of `action` and `scope` (400 otherwise). Without `action` the token must not be bound to one.',
      anyOf: [{ required: ['action'] }, { required: ['scope'] }],
    },
  ),
};

// ---------------------------------------------------------------------------------------------
// Parameters, responses, security

const parameters = {
  Origin: {
    name: 'Origin',
    in: 'header',
    required: true,
    description:
      'State-changing requests (POST, DELETE) must carry an `Origin` listed in `rp.origins` (403 `unauthorized`, reason ' +
      '`origin`, otherwise). Browsers send it; a server-to-server caller sets one of its own allowed origins.',
    schema: str({ format: 'uri' }),
  },
  DeviceId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'A device id from `status` or `devices`.',
    schema: str({ minLength: 1, maxLength: 64 }),
  },
  Action: { name: 'action', in: 'path', required: true, schema: ref('ActionName') },
  FreshMfaToken: {
    name: 'x-mfa-token',
    in: 'header',
    required: true,
    description:
      'A fresh proof (docs/SECURITY.md 16): a single-use MFA token from a verification in this session, bound to the internal action ' +
      'named in the operation or to no action. It is consumed in the same transaction as the change. Never put it in a URL.',
    schema: str({ pattern: '^mfa_[A-Za-z0-9_-]{43}$' }),
  },
  DeleteMfaToken: {
    name: 'x-mfa-token',
    in: 'header',
    required: false,
    description:
      'Required to delete a factor (a verified TOTP device or a passkey): a single-use MFA token bound to `device.delete` ' +
      'or to no action, consumed with the deletion. Not needed to drop a TOTP enrollment that was never confirmed.',
    schema: str({ pattern: '^mfa_[A-Za-z0-9_-]{43}$' }),
  },
  AddFactorMfaToken: {
    name: 'x-mfa-token',
    in: 'header',
    required: false,
    description:
      'Adding a factor when the account already has one needs a fresh proof, checked when the factor is COMMITTED ' +
      '(`totp/verify` confirming, `passkeys/register/verify`) against the account as it is then: a verification by this ' +
      'session within `freshProofSeconds` (default 300), or this header on the committing request (a single-use token ' +
      'bound to `device.add` or to no action, consumed only with the change). Starting (`totp/enroll`, ' +
      '`passkeys/register/options`) checks the same rule early and consumes nothing. Without either: 403 ' +
      '`step-up-required`, reason `fresh-proof-required`.',
    schema: str({ pattern: '^mfa_[A-Za-z0-9_-]{43}$' }),
  },
};

const responses = {
  NoSession: error(
    "No signed-in user: the app's `authenticate(request)` returned null. Code `unauthorized`, reason `no-session`.",
    ['unauthorized'],
  ),
  Forbidden: error(
    'Refused: a cross-origin request (reason `origin`; POST/DELETE without an allowed `Origin`, or a GET marked ' +
      '`Sec-Fetch-Site: cross-site`), or what the operation says.',
  ),
  InvalidRequest: error(
    'Bad input: malformed JSON or not an object (reason `malformed-json`), a wrong type, a missing or unknown field, a string ' +
      'too long. Code `invalid-request`; nothing was changed.',
  ),
  BodyTooLarge: error(
    'The body is larger than `maxBodyBytes` (default 16 KiB). Reason `body-too-large`.',
    ['invalid-request'],
  ),
  NotJson: error('A non-empty body that is not `application/json`. Reason `content-type`.', [
    'invalid-request',
  ]),
  ServerFault: error(
    'A fault of the server. Nothing was changed and no attempt was spent; try again.',
    ['unknown'],
  ),
  RateLimited: {
    description:
      'Too many failed attempts (one counter per user for TOTP and recovery codes): refused even with a right code until ' +
      'the lock ends. Locks after 5 consecutive failures for 30 s, doubling up to 15 min; a hard lock (no `Retry-After`) after 100 consecutive failures (a success resets the count).',
    headers: {
      'Retry-After': {
        description: 'Seconds until the lock ends; absent for a hard lock.',
        schema: { type: 'integer', minimum: 1 },
      },
    },
    content: {
      'application/json': {
        schema: { allOf: [ref('Error'), { properties: { code: { enum: ['rate-limited'] } } }] },
      },
    },
  },
};

const securitySchemes = {
  appSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'session',
    description:
      "The app's own session, whatever it is (a cookie here; any header works): the server calls the app's " +
      "`authenticate(request)`, which returns `{ userId, userName, sessionId }` or null (401). The cookie name is the app's.",
  },
};

// ---------------------------------------------------------------------------------------------
// Paths (relative to the base path)

const VERIFIED_SESSION = 'reason `mfa-required`: this session has not proved its second factor yet';
const TOKEN_REFUSALS =
  "the MFA token is missing (`mfa-token-required`), not valid or someone else's (`mfa-token-invalid`), used " +
  '(`mfa-token-used`), for another action (`mfa-token-action`) — code `unauthorized` — or expired (code `expired`)';

// Adding a factor is decided when it is committed (docs/SECURITY.md 27): the requests that start
// it apply the rule early, the ones that commit it apply it again.
const ADD_FACTOR_REFUSED =
  'Adding this factor needs a fresh proof first (`step-up-required`, reason `fresh-proof-required`).';
const addFactorStartForbidden = () =>
  error(
    `Forbidden: \`step-up-required\` (reason \`fresh-proof-required\`), or ${TOKEN_REFUSALS}; or a cross-origin request.`,
    ['step-up-required', 'unauthorized', 'expired'],
  );

const paths = {
  '/status': {
    get: operation('get', {
      operationId: 'getStatus',
      tags: ['status'],
      summary: 'Where account-level MFA stands for the signed-in user',
      clientMethod: 'status',
      responses: {
        200: json(
          ref('MfaStatus'),
          'The status. `devices` is empty until this session has proved its factor.',
        ),
      },
    }),
  },
  '/devices': {
    get: operation('get', {
      operationId: 'listDevices',
      tags: ['devices'],
      summary: "The user's TOTP devices and passkeys",
      responses: {
        200: json(
          ref('DeviceList'),
          'The devices, unconfirmed TOTP enrollments included (`verified: false`).',
        ),
        403: error(`Forbidden: ${VERIFIED_SESSION}, or a cross-site request.`, ['unauthorized']),
      },
    }),
  },
  '/devices/{id}': {
    delete: operation('delete', {
      operationId: 'deleteDevice',
      tags: ['devices'],
      summary: 'Delete a device (needs a fresh proof)',
      description:
        'Deleting a factor needs a single-use MFA token in `x-mfa-token`, consumed with the deletion. When the last factor ' +
        'goes, the recovery codes go with it. An unknown id is refused before the token is spent.',
      clientMethod: 'deleteDevice',
      parameters: [param('DeviceId'), param('DeleteMfaToken')],
      responses: {
        204: { description: 'Deleted.' },
        400: error('The id is longer than 64 characters.', ['invalid-request']),
        403: error(`Forbidden: ${TOKEN_REFUSALS}; or a cross-origin request.`, [
          'unauthorized',
          'expired',
        ]),
        404: error('No such device for this user. Reason `not-found`; the token was not spent.', [
          'invalid-request',
        ]),
      },
    }),
  },
  '/totp/enroll': {
    post: operation('post', {
      operationId: 'enrollTotp',
      tags: ['totp'],
      summary: 'Start a TOTP enrollment',
      description:
        "Creates an unconfirmed TOTP device with a new secret (replacing this session's older unconfirmed one) and returns " +
        'the secret once. The enrollment belongs to this session and expires after `challengeSeconds` (default 300): ' +
        'confirm it from this session with `totp/verify` and its `deviceId`. A first factor added anywhere removes every ' +
        'other pending enrollment of the user.',
      clientMethod: 'enrollTotp',
      parameters: [param('AddFactorMfaToken')],
      requestBody: { ...body(ref('Empty'), 'Empty object (or no body).'), required: false },
      responses: {
        201: json(ref('TotpEnrollment'), 'The enrollment; the only time the secret is sent.'),
        403: addFactorStartForbidden(),
        409: error('A verified authenticator app is already set up (one per user).', [
          'already-enrolled',
        ]),
      },
    }),
  },
  '/totp/verify': {
    post: operation('post', {
      operationId: 'verifyTotp',
      tags: ['totp'],
      summary: 'Verify a TOTP code (the first accepted code confirms an enrollment)',
      description:
        'Accepts the current 30-second step and one either side, each step once per device: a replayed code gets the same ' +
        '`invalid-code` as a wrong one. The attempt is counted before the code is checked. Success marks the session verified ' +
        '(and, for the first factor, creates the recovery codes) and issues the requested token. A code that confirms an ' +
        "enrollment adds a factor: it is allowed, in the same statement, only for this session's unexpired enrollment and " +
        'only if the account has no verified factor at that moment, or this session verified within `freshProofSeconds`, ' +
        'or `x-mfa-token` carries a `device.add` token (consumed with it). A locked account is refused before any work.',
      clientMethod: 'verifyTotp',
      parameters: [param('AddFactorMfaToken')],
      requestBody: body(ref('TotpVerifyRequest')),
      responses: {
        200: json(ref('MfaProof'), 'Verified.'),
        400: wrongCodeError(
          'A wrong or replayed code (`invalid-code`), bad input (`invalid-request`), or an enrollment that expired or ' +
            'belongs to another session (`expired`, reason `enrollment-expired`: start again).',
          ['invalid-code', 'invalid-request', 'expired'],
        ),
        403: error(ADD_FACTOR_REFUSED, ['step-up-required']),
        409: error(
          'No authenticator app is set up (`not-enrolled`), or another one was confirmed meanwhile (`already-enrolled`).',
          ['not-enrolled', 'already-enrolled'],
        ),
        429: response('RateLimited'),
      },
    }),
  },
  '/passkeys/register/options': {
    post: operation('post', {
      operationId: 'passkeyRegistrationOptions',
      tags: ['passkeys'],
      summary: 'Start registering a passkey',
      clientMethod: 'enrollPasskey',
      parameters: [param('AddFactorMfaToken')],
      requestBody: {
        ...body(ref('AliasRequest'), 'Optional alias (it is used by the verify step).'),
        required: false,
      },
      responses: {
        200: json(
          ref('PublicKeyCredentialCreationOptionsJSON'),
          'Options for `navigator.credentials.create()`.',
        ),
        403: addFactorStartForbidden(),
      },
    }),
  },
  '/passkeys/register/verify': {
    post: operation('post', {
      operationId: 'verifyPasskeyRegistration',
      tags: ['passkeys'],
      summary: 'Finish registering a passkey',
      description:
        'Consumes the challenge (whatever the outcome), then checks origin, RP ID and user verification. The passkey is ' +
        "stored only if, in that transaction under the user's row lock, the account has no verified factor (the challenge " +
        "is this session's) or this session has a fresh proof or presents a `device.add` token — whatever held when the " +
        'challenge was issued. A registered passkey marks the session verified and, for the first factor, creates the ' +
        'recovery codes and removes every other pending enrollment.',
      clientMethod: 'enrollPasskey',
      parameters: [param('AddFactorMfaToken')],
      requestBody: body(ref('PasskeyRegisterVerifyRequest')),
      responses: {
        201: json(ref('MfaDevice'), 'The new passkey.'),
        400: error(
          'Not a WebAuthn response (`invalid-request`); the challenge is unknown, used or expired (`expired`: start again); ' +
            'the response does not verify (`invalid-code`).',
          ['invalid-request', 'expired', 'invalid-code'],
        ),
        403: error(ADD_FACTOR_REFUSED, ['step-up-required', 'unauthorized', 'expired']),
        409: error('This passkey is already registered.', ['already-enrolled']),
      },
    }),
  },
  '/passkeys/authenticate/options': {
    post: operation('post', {
      operationId: 'passkeyAuthenticationOptions',
      tags: ['passkeys'],
      summary: 'Start authenticating with a passkey',
      clientMethod: 'verifyPasskey',
      requestBody: { ...body(ref('Empty'), 'Empty object (or no body).'), required: false },
      responses: {
        200: json(
          ref('PublicKeyCredentialRequestOptionsJSON'),
          'Options for `navigator.credentials.get()`.',
        ),
        409: error('No passkey is registered.', ['not-enrolled']),
      },
    }),
  },
  '/passkeys/authenticate/verify': {
    post: operation('post', {
      operationId: 'verifyPasskeyAuthentication',
      tags: ['passkeys'],
      summary: 'Finish authenticating with a passkey',
      description:
        "Consumes the challenge, finds the credential by its id (it must be this user's), verifies the signature with user " +
        'verification and updates the counter. Passkeys are not throttled; a success resets the failure counter.',
      clientMethod: 'verifyPasskey',
      requestBody: body(ref('PasskeyAuthenticateVerifyRequest')),
      responses: {
        200: json(ref('MfaProof'), 'Verified.'),
        400: error(
          'Not a WebAuthn response (`invalid-request`); the challenge is unknown, used or expired (`expired`); the passkey ' +
            "is unknown, someone else's, or does not verify (`invalid-code`).",
          ['invalid-request', 'expired', 'invalid-code'],
        ),
      },
    }),
  },
  '/recovery-codes': {
    get: operation('get', {
      operationId: 'getRecoveryCodes',
      tags: ['recovery-codes'],
      summary: 'The current set of recovery codes, until it is acknowledged',
      description:
        'Changes nothing. With an `encryptionKey` the set is kept sealed until acknowledged, so every call returns the same ' +
        'codes. Without one only hashes are stored: the answer is 409 reason `codes-not-kept`, and a client shows a new ' +
        'set with `POST recovery-codes/reissue`.',
      clientMethod: 'recoveryCodes',
      responses: {
        200: json(ref('RecoveryCodes'), 'The codes.'),
        403: error(`Forbidden: ${VERIFIED_SESSION}, or a cross-site request.`, ['unauthorized']),
        409: error(
          'No factor yet (`not-enrolled`), the codes were already acknowledged (`expired`: regenerate for a new set), or ' +
            'no key keeps them (`expired`, reason `codes-not-kept`: reissue).',
          ['not-enrolled', 'expired'],
        ),
      },
    }),
  },
  '/recovery-codes/reissue': {
    post: operation('post', {
      operationId: 'reissueRecoveryCodes',
      tags: ['recovery-codes'],
      summary: 'A new set in place of one not yet acknowledged',
      description:
        'For a server without an `encryptionKey` (which cannot show an unsaved set again): replaces the unacknowledged set ' +
        "and returns it. Needs a verified session; checked again, under the user's row lock, where it writes.",
      clientMethod: 'recoveryCodes',
      requestBody: { ...body(ref('Empty'), 'Empty object (or no body).'), required: false },
      responses: {
        200: json(ref('RecoveryCodes'), 'The new codes.'),
        403: error(`Forbidden: ${VERIFIED_SESSION}, or a cross-origin request.`, ['unauthorized']),
        409: error(
          'No factor yet (`not-enrolled`), or the codes were already acknowledged (`expired`).',
          ['not-enrolled', 'expired'],
        ),
      },
    }),
  },
  '/recovery-codes/regenerate': {
    post: operation('post', {
      operationId: 'regenerateRecoveryCodes',
      tags: ['recovery-codes'],
      summary: 'Replace the recovery codes (needs a fresh proof)',
      description:
        'The old codes stop working. The new set is unacknowledged until `recovery-codes/acknowledge`.',
      clientMethod: 'recoveryCodes',
      parameters: [param('FreshMfaToken')],
      requestBody: { ...body(ref('Empty'), 'Empty object (or no body).'), required: false },
      responses: {
        200: json(ref('RecoveryCodes'), 'The new codes.'),
        403: error(`Forbidden: ${TOKEN_REFUSALS}; or a cross-origin request.`, [
          'unauthorized',
          'expired',
        ]),
        409: error('No factor yet.', ['not-enrolled']),
      },
    }),
  },
  '/recovery-codes/acknowledge': {
    post: operation('post', {
      operationId: 'acknowledgeRecoveryCodes',
      tags: ['recovery-codes'],
      summary: 'The user confirms the codes are saved',
      clientMethod: 'acknowledgeRecoveryCodes',
      requestBody: { ...body(ref('Empty'), 'Empty object (or no body).'), required: false },
      responses: {
        204: { description: 'Acknowledged; any sealed copy of the codes is deleted.' },
        403: error(`Forbidden: ${VERIFIED_SESSION}, or a cross-origin request.`, ['unauthorized']),
        409: error('No factor yet.', ['not-enrolled']),
      },
    }),
  },
  '/recovery-codes/verify': {
    post: operation('post', {
      operationId: 'verifyRecoveryCode',
      tags: ['recovery-codes'],
      summary: 'Sign in with one recovery code (it is used up)',
      description:
        'Consumed atomically: of parallel uses of one code exactly one succeeds. Shares the failure counter with TOTP codes.',
      clientMethod: 'verifyRecoveryCode',
      requestBody: body(ref('RecoveryCodeVerifyRequest')),
      responses: {
        200: json(ref('MfaProof'), 'Verified; `recoveryCodesRemaining` says how many are left.'),
        400: wrongCodeError(
          'A wrong or used code (`invalid-code`), or bad input (`invalid-request`).',
          ['invalid-code', 'invalid-request'],
        ),
        409: error('There are no recovery codes.', ['not-enrolled']),
        429: response('RateLimited'),
      },
    }),
  },
  '/actions/{action}': {
    get: operation('get', {
      operationId: 'getActionRequirement',
      tags: ['actions'],
      summary: 'Whether an action needs a fresh proof before it runs',
      description:
        "From the action's policy (`actions` / `defaultAction`: unknown actions are guarded by default).",
      clientMethod: 'isRequiredForAction',
      parameters: [param('Action')],
      responses: {
        200: json(ref('ActionRequirement'), 'The requirement.'),
        400: error('Not a valid action name.', ['invalid-request']),
      },
    }),
  },
  '/tokens/verify': {
    post: operation('post', {
      operationId: 'verifyToken',
      tags: ['tokens'],
      summary: "Check (and consume) an MFA token for the app's own endpoint",
      description:
        "`verifyMfaToken` over HTTP, for apps written in another language: forward the user's request credentials (the " +
        "session `authenticate` reads) and set `Origin`. Applies the action's policy, then checks the token against the user, " +
        'session, action, scope and age; a single-use token is consumed atomically (exactly one of parallel uses succeeds).',
      requestBody: body(ref('TokenVerifyRequest')),
      responses: {
        200: json(ref('TokenAccepted'), 'The action may run.'),
        403: error(
          `Refused: ${TOKEN_REFUSALS}; a persistent token from another session (\`mfa-token-session\`), a persistent token ` +
            'where a single-use one is needed (`mfa-token-kind`), a missing scope (`mfa-token-scope`), a proof by a method ' +
            'the policy does not accept (`mfa-token-method`); `not-enrolled` when the action needs a factor the user does not ' +
            'have; or a cross-origin request.',
          ['unauthorized', 'expired', 'not-enrolled'],
        ),
      },
    }),
  },
};

// ---------------------------------------------------------------------------------------------

const description = `The protocol of the mfa-elements reference server (\`createMfaHandler\` in \`mfa-elements/server\`):
TOTP, passkeys, recovery codes and MFA tokens for actions. \`createHttpClient\` (\`mfa-elements/http\`) implements the
browser side. Paths are relative to the base path (\`basePath\`, default \`/mfa\`).

**Requests.** Bodies are JSON objects (\`Content-Type: application/json\`), at most \`maxBodyBytes\` (16 KiB by
default); an empty body reads as \`{}\`. **Unknown fields are rejected** (400 \`invalid-request\`), strings are
length-capped. A wrong method on a known path is 405 (\`invalid-request\`, reason \`method-not-allowed\`, with
\`Allow\`); an unknown path is 404 (reason \`not-found\`). Every answer carries \`Cache-Control: no-store\`.

**Errors** are \`{ code, message, retryAfter?, reason? }\` with the \`MfaError\` codes: a client's mistake is always
a 4xx; a fault of the server is 500 \`unknown\`, changes nothing and spends no attempt.

**Security.**
- Who the user is comes from the app's own session (\`authenticate(request)\`); no session is 401.
- POST and DELETE need an \`Origin\` from \`rp.origins\` (403 otherwise); GETs marked \`Sec-Fetch-Site: cross-site\` are
  refused.
- A signed-in session that has not proved its second factor (\`pending: "verify"\`) can only verify: listing devices,
  seeing or acknowledging recovery codes and adding a factor answer 403 (reason \`mfa-required\`).
- Deleting a factor and regenerating recovery codes need a fresh proof: a single-use MFA token in the \`x-mfa-token\`
  header, consumed in the same transaction as the change. Adding a second factor needs one too, or a verification by
  the same session in the last \`freshProofSeconds\`.
- Codes (TOTP, recovery) and MFA tokens travel only in POST bodies or the \`x-mfa-token\` header, never in a URL, and
  are never logged. TOTP codes are accepted once per step; TOTP and recovery-code failures share one counter per user
  (429 with \`Retry-After\` when locked, even for a right code).
- MFA token values are shown once; the server stores only their SHA-256. Single-use tokens expire after 5 minutes and
  are bound to the user and action; persistent and scoped tokens end with the session.`;

export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'mfa-elements server',
      version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
      summary: 'Multi-factor authentication: TOTP, passkeys, recovery codes and action tokens.',
      description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [
      {
        url: '{basePath}',
        description: "Where the handler is mounted, on the app's own origin.",
        variables: {
          basePath: { default: '/mfa', description: '`createMfaHandler({ basePath })`' },
        },
      },
    ],
    security: [{ appSession: [] }],
    tags: [
      { name: 'status', description: 'Where MFA stands.' },
      { name: 'devices', description: 'TOTP devices and passkeys.' },
      { name: 'totp', description: 'Authenticator apps (RFC 6238: SHA-1, 6 digits, 30 s).' },
      { name: 'passkeys', description: 'WebAuthn registration and authentication.' },
      { name: 'recovery-codes', description: 'One-time recovery codes.' },
      { name: 'actions', description: 'Which actions need a fresh proof.' },
      { name: 'tokens', description: "Checking MFA tokens from the app's own endpoints." },
    ],
    paths,
    components: { schemas, parameters, responses, securitySchemes },
  };
}

export function renderOpenApi() {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}

function main() {
  const text = renderOpenApi();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OPENAPI_FILE, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) {
      console.error('openapi.json is stale: run `node scripts/openapi.mjs`.');
      process.exit(1);
    }
    console.log('openapi.json is up to date.');
    return;
  }
  writeFileSync(OPENAPI_FILE, text);
  console.log(`wrote ${OPENAPI_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
