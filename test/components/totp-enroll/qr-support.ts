import * as jsqrModule from 'jsqr';

type JsQr = typeof import('jsqr').default;

/** jsqr is a CommonJS (webpack UMD) bundle: the function is `default`, or `default.default`. */
function loadJsQr(): JsQr {
  const module = jsqrModule as unknown as { default?: JsQr | { default?: JsQr } };
  const found = module.default;
  const jsQR = typeof found === 'function' ? found : found?.default;
  if (typeof jsQR !== 'function') throw new Error('jsqr did not load');
  return jsQR;
}
const jsQR = loadJsQr();

/**
 * Paints a rendered `<svg part="qr-code">` on a canvas exactly as drawn — the light square, then
 * the dark path — at `scale` pixels per module, and decodes it as a phone camera app would.
 */
export function paintQrCode(
  svgElement: SVGSVGElement,
  scale = 8,
): { canvas: HTMLCanvasElement; extent: number } {
  const viewBox = (svgElement.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const [x0, y0, width, height] = viewBox;
  if (x0 !== 0 || y0 !== 0 || !width || width !== height)
    throw new Error(`unexpected viewBox ${viewBox.join(' ')}`);
  const path = svgElement.querySelector('path');
  const d = path?.getAttribute('d');
  if (!d) throw new Error('no dark path in the QR code');
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = width * scale;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.fillStyle = '#000000';
  context.fill(new Path2D(d));
  return { canvas, extent: width };
}

export function decodeQrCode(svgElement: SVGSVGElement, scale = 8): string | undefined {
  const { canvas } = paintQrCode(svgElement, scale);
  const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}

/** Whether every pixel in the outer `modules`-wide band of the painted symbol is light. */
export function quietZoneIsLight(svgElement: SVGSVGElement, modules = 4, scale = 8): boolean {
  const { canvas, extent } = paintQrCode(svgElement, scale);
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const band = modules * scale;
  const side = extent * scale;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const inBand = x < band || y < band || x >= side - band || y >= side - band;
      if (inBand && data[(y * side + x) * 4] < 250) return false;
    }
  }
  return true;
}
