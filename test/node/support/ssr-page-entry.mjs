// The hydrating page's script (after Lit's hydration support, which is its own script before it).
import '../../../dist/src/all.js';
import { createMemoryClient } from '../../../dist/src/clients/memory/index.js';

window.createMemoryClient = createMemoryClient;
