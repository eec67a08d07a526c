// The modules without DOM: errors, token requests, messages. Run against the build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url).href;
const { MfaError, toMfaError, isMfaErrorCode, isAbortError, MFA_ERROR_CODES } = await import(
  dist('src/client/errors.js')
);
const { tokenRequestFrom } = await import(dist('src/internal/token-request.js'));
const { en, registerMessages, resolveMessages, errorMessage } = await import(
  dist('src/messages/index.js')
);
// Every English string, views' included (the reference language module registers them all).
await import(dist('src/i18n/en.js'));
const english = resolveMessages('en');

test('MfaError keeps code, message, retryAfter and cause', () => {
  const cause = new Error('inner');
  const error = new MfaError('rate-limited', 'slow down', { retryAfter: 30, cause });
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'MfaError');
  assert.equal(error.code, 'rate-limited');
  assert.equal(error.message, 'slow down');
  assert.equal(error.retryAfter, 30);
  assert.equal(error.cause, cause);
  assert.equal(new MfaError('expired').message, 'expired');
  assert.equal('retryAfter' in new MfaError('expired'), false);
});

test('toMfaError maps platform errors to stable codes', () => {
  const named = (name) => Object.assign(new Error(name), { name });
  const same = new MfaError('invalid-code');
  assert.equal(toMfaError(same), same);
  assert.equal(toMfaError(named('NotAllowedError')).code, 'passkey-cancelled');
  assert.equal(toMfaError(named('AbortError')).code, 'passkey-cancelled');
  assert.equal(toMfaError(named('NotSupportedError')).code, 'passkey-unsupported');
  assert.equal(toMfaError(new TypeError('Failed to fetch')).code, 'network');
  assert.equal(toMfaError(new RangeError('x')).code, 'unknown');
  assert.equal(toMfaError('a string').code, 'unknown');
  assert.equal(toMfaError(undefined).code, 'unknown');
  assert.equal(toMfaError(new RangeError('x')).cause instanceof RangeError, true);
});

test('error code helpers', () => {
  for (const code of MFA_ERROR_CODES) assert.equal(isMfaErrorCode(code), true);
  assert.equal(isMfaErrorCode('nope'), false);
  assert.equal(isMfaErrorCode(42), false);
  assert.equal(isAbortError(Object.assign(new Error('a'), { name: 'AbortError' })), true);
  assert.equal(isAbortError(new Error('a')), false);
  assert.equal(isAbortError('AbortError'), false);
});

test('tokenRequestFrom reads the token and scopes attributes', () => {
  assert.equal(tokenRequestFrom(undefined, undefined), undefined);
  assert.equal(tokenRequestFrom('', '   '), undefined);
  assert.equal(tokenRequestFrom('bogus', undefined), undefined);
  assert.deepEqual(tokenRequestFrom('single-use', undefined), { singleUse: true });
  assert.deepEqual(tokenRequestFrom('persistent', undefined), { singleUse: false });
  // Scopes with the default single-use token: one consumed by its first use (scopes never lift it).
  assert.deepEqual(tokenRequestFrom('single-use', ' wallet:export  credential:unlink '), {
    scopes: ['wallet:export', 'credential:unlink'],
    singleUse: true,
  });
  assert.deepEqual(tokenRequestFrom('persistent', 'wallet:export'), { scopes: ['wallet:export'] });
  assert.deepEqual(tokenRequestFrom(undefined, 'wallet:export'), { scopes: ['wallet:export'] });
});

test('every error code has a message, and a rate limit says how long', () => {
  for (const code of MFA_ERROR_CODES) {
    const text = errorMessage(english, new MfaError(code));
    assert.equal(typeof text, 'string', code);
    assert.ok(text.length > 0, code);
  }
  assert.equal(
    errorMessage(english, new MfaError('rate-limited', 'x', { retryAfter: 1 })),
    'Too many attempts. Try again in 1 second.',
  );
  assert.equal(
    errorMessage(english, new MfaError('rate-limited', 'x', { retryAfter: 45 })),
    'Too many attempts. Try again in 45 seconds.',
  );
  assert.equal(
    errorMessage(english, new MfaError('rate-limited', 'x', { retryAfter: 61 })),
    'Too many attempts. Try again in 2 minutes.',
  );
  assert.equal(
    errorMessage(english, new MfaError('rate-limited', 'x', { retryAfter: 90 }), 5),
    'Too many attempts. Try again in 5 seconds.',
  );
  assert.equal(errorMessage(english, new MfaError('rate-limited')), english.errorRateLimited);
});

test('resolveMessages: English, then primary language, then exact tag, then overrides', () => {
  registerMessages('xx', { tryAgain: 'XX again', copy: 'XX copy' });
  registerMessages('xx-YY', { copy: 'XX-YY copy' });
  registerMessages('XX', { copied: 'XX copied' }); // extends, case-insensitively
  assert.equal(resolveMessages('en').tryAgain, en.tryAgain);
  assert.equal(resolveMessages('zz').tryAgain, en.tryAgain);
  assert.equal(resolveMessages('xx').tryAgain, 'XX again');
  assert.equal(resolveMessages('xx').copied, 'XX copied');
  assert.equal(resolveMessages('xx-yy').tryAgain, 'XX again');
  assert.equal(resolveMessages('xx-YY').copy, 'XX-YY copy');
  assert.equal(resolveMessages('xx-ZZ').copy, 'XX copy');
  assert.equal(resolveMessages('xx-YY', { copy: 'mine' }).copy, 'mine');
  assert.equal(resolveMessages('xx').loading, en.loading);
});

test('language modules register when imported, and a regional variant falls back to its base', async () => {
  await import(dist('src/i18n/pt-PT.js'));
  assert.equal(resolveMessages('pt-PT').devicesDelete, 'Eliminar');
  assert.equal(resolveMessages('pt-PT').tryAgain, 'Tentar novamente');
  assert.equal(resolveMessages('pt-br').devicesDelete, 'Excluir');
  await import(dist('src/i18n/ru.js'));
  const ru = resolveMessages('ru');
  assert.equal(ru.recoveryCodesRemaining({ count: 2 }), 'Осталось 2 резервных кода.');
  assert.equal(ru.recoveryCodesRemaining({ count: 5 }), 'Осталось 5 резервных кодов.');
  assert.equal(
    ru.errorRetryIn({ time: 45 }),
    'Слишком много попыток. Повторите попытку через 45 секунд.',
  );
});
