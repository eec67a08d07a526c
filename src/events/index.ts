export * from './mfa-complete.js';
export * from './mfa-enrolled.js';
export * from './mfa-error.js';
export * from './mfa-recovery-codes-acknowledged.js';
export * from './mfa-recovery-codes-regenerated.js';
export * from './mfa-verified.js';
