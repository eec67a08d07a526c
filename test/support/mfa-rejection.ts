import { MfaError, type MfaErrorCode } from '../../src/client/errors.js';

/**
 * What `promise` rejected with; throws when it resolves. Plain `Error`s, so the same helpers serve
 * node:test (server runner) and mocha with chai (browser runner).
 */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** The `MfaError` `promise` rejected with; throws unless it is one with `code`. */
export async function mfaError(promise: Promise<unknown>, code: MfaErrorCode): Promise<MfaError> {
  const error = await rejection(promise);
  if (!(error instanceof MfaError)) throw new Error(`expected an MfaError, got ${String(error)}`);
  if (error.code !== code)
    throw new Error(`expected the code ${code}, got ${error.code}: ${error.message}`);
  return error;
}
