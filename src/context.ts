import { createContext } from '@lit/context';
import type { MfaClient } from './client/types.js';

/** The `MfaClient` that `<mfa-provider>` gives every element inside it. */
export const mfaClientContext = createContext<MfaClient | undefined>(
  Symbol.for('mfa-elements.client'),
);
