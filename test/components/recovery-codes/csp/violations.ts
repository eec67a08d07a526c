// Imported first by the strict-CSP page, so it listens before anything else runs.
declare global {
  interface Window {
    recoveryCodesCspViolations: string[];
  }
}

window.recoveryCodesCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.recoveryCodesCspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

export {};
