/**
 * The QR encoder: `uqr`'s `encode` (MIT, © Anthony Fu; a port of Project Nayuki's QR Code
 * generator, MIT), without its renderers. It replaced `qrcode`'s core, which took twice the bytes
 * (7.7 KB against 3.8 KB min+gzip) for segment optimisation and Kanji mode that an `otpauth:` URI
 * never needs. `npm run build` (scripts/build.mjs) replaces this module's built copy with a
 * bundle of it, so the published package installs no `uqr`.
 */
import { encode } from 'uqr';

/** The dark/light modules of a symbol: `get` is truthy for a dark module. */
export interface QrBitMatrix {
  size: number;
  get(row: number, col: number): number | boolean;
}

/** What the encoder returns: the modules and the version chosen for the text. */
export interface QrCodeCore {
  modules: QrBitMatrix;
  version: number;
}

export type QrEncode = (
  text: string,
  options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
) => QrCodeCore;

/**
 * Encode a text as a QR symbol at exactly the asked level (no raising it when there is room, so
 * a level is a level) and with no border: the drawing adds the quiet zone. Throws a `RangeError`
 * for a text too long for any version.
 */
export const create: QrEncode = (text, options) => {
  const { size, data, version } = encode(text, {
    ecc: options?.errorCorrectionLevel ?? 'M',
    boostEcc: false,
    border: 0,
  });
  return { version, modules: { size, get: (row, col) => data[row][col] } };
};
