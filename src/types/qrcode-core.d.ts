/** The encoder core of `qrcode`, imported alone so no renderer (canvas, PNG, terminal) is bundled. */
declare module 'qrcode/lib/core/qrcode.js' {
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): unknown;
}
