/// <reference types="node" />
// The store conformance suite on PGlite with a data folder (the default driver as apps run it;
// test/server/store-pglite.test.ts covers PGlite in memory).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createPgliteStore } from '../../../src/server/store/pglite.js';
import { storeConformanceSuite } from './store-suite.js';

const dataDir = mkdtempSync(join(tmpdir(), 'mfa-pglite-conformance-'));

storeConformanceSuite('pglite (data folder)', () => createPgliteStore({ dataDir }));

after(() => rmSync(dataDir, { recursive: true, force: true }));
