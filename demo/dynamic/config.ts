/**
 * What the Dynamic demo page and its server agree on. The environment id is made up: the page
 * talks to the local stand-in, never to Dynamic.
 */
export const DEMO_ENVIRONMENT_ID = '8f0a5c1e-3b2d-4e6f-9a7b-0c1d2e3f4a5b';
/** The same project on Dynamic's older rules (`?rules=older`): action-based MFA tokens. */
export const DEMO_OLDER_ENVIRONMENT_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
/** Where the stand-in of Dynamic's API is mounted; the SDK's `apiBaseUrl` is this + `/api/v0`. */
export const STAND_IN_PATH = '/dynamic-api';
/** The demo app's own backend: signs the external JWT the page hands to Dynamic's SDK. */
export const SIGN_IN_PATH = '/dynamic-demo/sign-in';
export const EXPORT_ACTION = 'wallet.waas.export';
/** The stand-in's mailbox: the last re-authentication code "emailed" to a demo user. */
export const MAILBOX_PATH = '/dynamic-demo/mailbox';
/** The scope an export needs on 2026-04 rules (Dynamic's mapping of `wallet.waas.export`). */
export const EXPORT_SCOPE = 'wallet:export';
