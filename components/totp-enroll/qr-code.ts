import {
  html,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { QrBitMatrix, QrEncode } from './qr-encoder.js';

/** Modules of light margin around the symbol, as the QR specification asks (ISO/IEC 18004 §6.3.8). */
export const QUIET_ZONE = 4;

/** A QR symbol ready to draw: its side in modules (quiet zone included) and one SVG path of its dark modules. */
export interface QrSymbol {
  /** Side of the drawing in modules, quiet zone included. */
  readonly extent: number;
  /** `d` of one path covering every dark module, in module units, already offset by the quiet zone. */
  readonly path: string;
}

let encoder: Promise<QrEncode> | undefined;

/**
 * The QR encoder (qr-encoder.ts), loaded the first time a symbol is needed, so it costs nothing until an
 * enrollment starts and bundlers put it in its own chunk. Only the core: no canvas, PNG or
 * data-URL renderer comes with it. A failed load is forgotten, so a later enrollment tries again.
 */
function loadEncoder(): Promise<QrEncode> {
  encoder ??= import('./qr-encoder.js').then(
    (module) => module.create,
    (error: unknown) => {
      encoder = undefined;
      throw error;
    },
  );
  return encoder;
}

/**
 * One path for all dark modules: each horizontal run of dark modules in a row becomes one
 * rectangle (`m dx dy h len v1 h-len z`, relative to the previous rectangle's corner), which keeps
 * the path short and leaves no seams between neighbouring modules.
 */
export function modulesToPath(modules: QrBitMatrix, quietZone = QUIET_ZONE): string {
  const size = modules.size;
  let path = '';
  let lastX = 0;
  let lastY = 0;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      const x = start + quietZone;
      const y = row + quietZone;
      const length = col - start;
      path += `${path ? 'm' : 'M'}${x - lastX} ${y - lastY}h${length}v1h-${length}z`;
      lastX = x;
      lastY = y;
    }
  }
  return path;
}

/**
 * Computes the symbol for a text (error correction level M) off the render path and re-renders
 * the host when it is ready. Holds only the drawing, never the text it was given.
 */
export class QrCodeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private generation = 0;

  /** The symbol to draw, once computed. */
  symbol: QrSymbol | undefined;
  /** The encoder could not be loaded or the text does not fit in a QR code. */
  failed = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /**
   * Start fetching the encoder without drawing: called when the enrollment asks the server for
   * its secret, so the QR code waits for whichever of the two is slower, not for both in turn.
   * A failure is forgotten here; `draw()` tries again and reports it.
   */
  preload(): void {
    loadEncoder().catch(() => undefined);
  }

  /** Compute the symbol for `text`; a newer `draw()` or `clear()` wins over one still loading. */
  async draw(text: string): Promise<void> {
    const generation = ++this.generation;
    this.symbol = undefined;
    this.failed = false;
    let symbol: QrSymbol | undefined;
    try {
      const create = await loadEncoder();
      if (generation !== this.generation) return;
      const { modules } = create(text, { errorCorrectionLevel: 'M' });
      symbol = { extent: modules.size + 2 * QUIET_ZONE, path: modulesToPath(modules) };
    } catch {
      if (generation !== this.generation) return;
      this.failed = true;
    }
    this.symbol = symbol;
    this.host.requestUpdate();
  }

  /** Forget the drawing (it encodes a secret) and any computation under way. */
  clear(): void {
    this.generation++;
    const had = this.symbol !== undefined || this.failed;
    this.symbol = undefined;
    this.failed = false;
    if (had) this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clear();
  }
}

/**
 * The symbol as inline SVG drawn from Lit templates: a light square (quiet zone included) and one
 * dark path, coloured by the host's styles (`.qr-light`, `.qr-dark`), crisp at any size. No
 * `data:` URL, no markup strings, so it runs under a strict CSP with Trusted Types.
 */
export function renderQrCode(symbol: QrSymbol, label: string): TemplateResult {
  const { extent, path } = symbol;
  return html`<svg
    part="qr-code"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${extent} ${extent}"
    shape-rendering="crispEdges"
   
  >${svg`<rect class="qr-light" width=${extent} height=${extent}></rect><path class="qr-dark" d=${path}></path>`}</svg>`;
}
