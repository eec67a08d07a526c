/**
 * Loaded first by strict-csp.html: records every Content-Security-Policy violation of the page,
 * including those raised while the kit's modules are evaluated.
 */
export interface RecordedViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    cspViolations: RecordedViolation[];
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});
