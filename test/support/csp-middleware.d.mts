/** Types of csp-middleware.mjs for the browser tests that import its policy string. */
export declare const STRICT_CSP: string;
export declare function cspMiddleware(
  context: unknown,
  next: () => Promise<unknown>,
): Promise<void>;
