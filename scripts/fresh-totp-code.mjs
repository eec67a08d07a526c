/**
 * Codes for the demo walks (`demo-smoke.mjs`, `dynamic-demo-walk.mjs`): the server accepts each
 * TOTP time step once (docs/SECURITY.md 8), so a walk that enters several codes needs each from a
 * step later than any it used, inside the ±1 step window, waiting for the clock when there is none.
 */
export function freshTotpCodes() {
  const usedSteps = new Set();
  /** @param {{ generate(options: { timestamp: number }): string }} totp */
  async function freshCode(totp) {
    for (;;) {
      const now = Math.floor(Date.now() / 30_000);
      const last = Math.max(-Infinity, ...usedSteps);
      // Keep clear of a step boundary so the code is still in the window when it arrives.
      const nearBoundary = Date.now() % 30_000 > 27_000;
      const step = [now - 1, now, now + 1].find(
        (candidate) => candidate > last && !(nearBoundary && candidate === now - 1),
      );
      if (step !== undefined) {
        usedSteps.add(step);
        return totp.generate({ timestamp: step * 30_000 });
      }
      await new Promise((done) => setTimeout(done, 1_000));
    }
  }
  /** A code the walk made itself for the step of `timestamp` (ms) is used too. */
  freshCode.markUsed = (timestamp) => usedSteps.add(Math.floor(timestamp / 30_000));
  return freshCode;
}
