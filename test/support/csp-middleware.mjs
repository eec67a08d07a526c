// Serves test/csp/*.html under the strict policy SECURITY.md line 25 demands, so a test can load
// the elements in an iframe and watch for violations.
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

export async function cspMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}
