// Every English string as elements use them (plain strings, and functions for messages with
// placeholders), for tests that compare what an element shows with the reference text.
import '../../src/i18n/en.js';
import { resolveMessages } from '../../src/messages/registry.js';

export const english = resolveMessages('en');
