/**
 * What every lazily loaded view adopts first: the design tokens (`src/styles/tokens.styles.ts`)
 * and the live regions (`src/styles/live-region.styles.ts`). The names are the ones the views
 * import; the styles themselves live in `src/styles/`, shared with every element.
 */
export { tokens as viewTokens } from '../styles/tokens.styles.js';
export { liveRegions } from '../styles/live-region.styles.js';
