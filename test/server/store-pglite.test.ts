/// <reference types="node" />
// The store conformance suite against PGlite in memory.
import { createPgliteStore } from '../../src/server/store/pglite.js';
import { storeConformanceSuite } from './conformance/store-suite.js';

storeConformanceSuite('pglite (memory)', () => createPgliteStore());
