import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts whole seconds down to zero and re-renders the host each second — for "try again in
 * 30 seconds" after a rate limit. Stops when the host leaves the page.
 */
export class Countdown implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onDone?: () => void;
  private endsAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Seconds left, 0 when not running. */
  remaining = 0;

  constructor(host: ReactiveControllerHost, onDone?: () => void) {
    this.host = host;
    if (onDone) this.onDone = onDone;
    host.addController(this);
  }

  get running(): boolean {
    return this.remaining > 0;
  }

  start(seconds: number): void {
    this.stop();
    if (!(seconds > 0)) return;
    this.endsAt = Date.now() + seconds * 1000;
    this.tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.remaining !== 0) {
      this.remaining = 0;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private tick = (): void => {
    const left = Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
    this.remaining = left;
    this.host.requestUpdate();
    if (left === 0) {
      this.timer = undefined;
      this.onDone?.();
      return;
    }
    // Wake at the next whole-second boundary so the shown number never lags.
    const untilNext = (this.endsAt - Date.now()) % 1000 || 1000;
    this.timer = setTimeout(this.tick, untilNext);
  };
}
