declare const process: { env: { NODE_ENV?: string } } | undefined;

/**
 * Whether development-only checks (such as the missing-translation warning) run. Bundlers replace
 * `process.env.NODE_ENV` (Vite, webpack, Parcel, esbuild's and Rollup's `define`/`replace`), so a
 * production build drops the checks and their code. Without a bundler there is no `process`: set
 * `globalThis.mfaElementsDevMode = true` before the warnings are due to see them.
 */
export function devMode(): boolean {
  if (typeof process !== 'undefined') return process.env.NODE_ENV !== 'production';
  return (globalThis as { mfaElementsDevMode?: boolean }).mfaElementsDevMode === true;
}
