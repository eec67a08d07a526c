/**
 * The contract: `MfaClient`, its types and `MfaError`. Every client in `src/clients/` implements
 * it. The folder keeps its historical name (`client`, singular) rather than `contract`: elements,
 * events, controllers and the server all import from here, and renaming would churn all of them
 * for nothing (docs/ARCHITECTURE.md, "The contract").
 */
export * from './types.js';
export * from './errors.js';
