/**
 * The language modules under src/i18n, loaded in Node (through tsx), each merged with its
 * fallback chain as a page would see it (`pt-PT` over `pt`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Message } from '../../src/messages/message-types.js';
import { languageChain } from '../../src/messages/registry.js';

const folder = fileURLToPath(new URL('../../src/i18n/', import.meta.url));

/** Every language tag with a module, English first. */
export const languageTags: string[] = readdirSync(folder)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** A language module's own strings (a thin module such as pt-BR.ts has none). */
async function own(tag: string): Promise<Record<string, Message>> {
  const file = languageTags.find((known) => known.toLowerCase() === tag);
  if (!file) return {};
  const module = (await import(new URL(`../../src/i18n/${file}.ts`, import.meta.url).href)) as {
    messages?: Record<string, Message>;
  };
  return module.messages ?? {};
}

/** `tag`'s strings as a page sees them, without the English fallback. */
export async function languageMessages(tag: string): Promise<Record<string, Message>> {
  const layers = await Promise.all(languageChain(tag).map(own));
  return Object.assign({}, ...layers.reverse());
}
