/**
 * What the Dynamic demo page and its server agree on. The environment id is made up: the page
 * talks to the local stand-in, never to Dynamic.
 */
export const DEMO_ENVIRONMENT_ID = '8f0a5c1e-3b2d-4e6f-9a7b-0c1d2e3f4a5b';
/** Where the stand-in of Dynamic's API is mounted; the SDK's `apiBaseUrl` is this + `/api/v0`. */
export const STAND_IN_PATH = '/dynamic-api';
/** The demo app's own backend: signs the external JWT the page hands to Dynamic's SDK. */
export const SIGN_IN_PATH = '/dynamic-demo/sign-in';
export const EXPORT_ACTION = 'wallet.waas.export';
