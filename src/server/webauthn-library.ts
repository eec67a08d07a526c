/**
 * `@simplewebauthn/server`, an optional peer dependency. Loaded when the server module is
 * imported (as a static import would be), so a missing install fails at start-up with the
 * `npm install` line instead of at the first passkey request.
 */
import { importPeer } from './peers.js';

export const webauthn = await importPeer(
  '@simplewebauthn/server',
  'passkeys',
  () => import('@simplewebauthn/server'),
);
