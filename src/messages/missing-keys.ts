import type { MessageKey } from './en.js';
import type { Message } from './message-types.js';

type Strings = Partial<Record<MessageKey, Message>>;

const warned = new Set<string>();

/**
 * Development mode only, loaded on demand: one warning per language listing the keys it lacks
 * (they show in English). The views' English is learnt from the views themselves, which are
 * lazily loaded chunks already, so this check adds no chunk boundary to production bundles.
 * `layers` are the language's registrations, most specific first (`pt-br`, then `pt`).
 */
export async function warnMissingKeys(
  lang: string,
  layers: readonly Strings[],
  sharedEnglish: Strings,
): Promise<void> {
  const tag = lang.toLowerCase();
  if (/^en\b/.test(tag) || warned.has(tag)) return;
  warned.add(tag);
  const views = await Promise.all([
    import('../../components/totp-enroll/totp-enroll.view.js'),
    import('../../components/recovery-codes/recovery-codes.view.js'),
    import('../../components/passkey-prompt/passkey-prompt.view.js'),
    import('../../components/action-guard/action-guard.view.js'),
    import('../../components/flow/flow.view.js'),
    import('../../components/devices/devices.view.js'),
  ]);
  const keys = new Set(
    [sharedEnglish, ...views.map((view) => view.messages)].flatMap((strings) =>
      Object.keys(strings),
    ),
  );
  const missing = [...keys].filter((key) =>
    layers.every((layer) => layer[key as MessageKey] === undefined),
  );
  if (missing.length === 0) return;
  const known = layers.some((layer) => Object.keys(layer).length > 0);
  console.warn(
    known
      ? `mfa-elements: language "${lang}" lacks ${missing.length} strings, shown in English: ${missing.join(', ')}`
      : `mfa-elements: no strings are registered for language "${lang}"; showing English. Import mfa-elements/i18n/<tag>.js.`,
  );
}
