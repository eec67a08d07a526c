/**
 * `qrcode`'s encoder core (MIT, © Ryan Day) without its renderers. In the repository this module
 * wraps the CommonJS core; `npm run build` (scripts/build.mjs) replaces its built copy with an ES
 * module bundle of the same core, so the published package holds no CommonJS (Angular's build
 * warns about every CommonJS module) and installs no `qrcode`, `dijkstrajs`, `pngjs` or `yargs`.
 */
import * as core from 'qrcode/lib/core/qrcode.js';

/** The dark/light modules of a symbol. */
export interface QrBitMatrix {
  size: number;
  data: Uint8Array;
  get(row: number, col: number): number;
}

/** What the encoder returns: the modules and the version chosen for the text. */
export interface QrCodeCore {
  modules: QrBitMatrix;
  version: number;
  errorCorrectionLevel: { bit: number };
}

export type QrEncode = (
  text: string,
  options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
) => QrCodeCore;

// CommonJS: `create` is a named export or lives on `default`, depending on the tool.
const cjs = core as unknown as { create?: QrEncode; default?: { create?: QrEncode } };
const found = cjs.create ?? cjs.default?.create;
if (!found) throw new Error('qrcode: encoder core has no create()');

/** Encode a text as a QR symbol. */
export const create: QrEncode = found;
