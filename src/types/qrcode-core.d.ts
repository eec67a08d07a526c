/** The encoder core of `qrcode`, imported alone so no renderer (canvas, PNG, terminal) is bundled. */
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrBitMatrix {
    size: number;
    data: Uint8Array;
    get(row: number, col: number): number;
  }
  export interface QrCodeCore {
    modules: QrBitMatrix;
    version: number;
    errorCorrectionLevel: { bit: number };
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QrCodeCore;
}
