/**
 * mfa-elements/dynamic — the kit's `MfaClient` over Dynamic's JavaScript SDK
 * (`@dynamic-labs-sdk/client`, an optional peer dependency the app installs; never bundled).
 * Only this entry imports the SDK: the rest of the kit does not load it.
 *
 *   import { createDynamicClient } from '@dynamic-labs-sdk/client';
 *   import { createDynamicMfaClient } from 'mfa-elements/dynamic';
 *
 *   const dynamic = createDynamicClient({ environmentId: 'YOUR-ENVIRONMENT-ID' });
 *   document.querySelector('mfa-provider').client = createDynamicMfaClient(dynamic);
 */
export { createDynamicMfaClient, type DynamicMfaClient } from './client.js';
export { fromDynamicError } from './errors.js';
