/**
 * Norsk (`no`): pages that say `lang="no"` get Norwegian Bokmål (`nb`), as the platforms do.
 */
import { registerMessages } from '../messages/registry.js';
import { messages } from './nb.js';

export { messages };

registerMessages('no', messages);
