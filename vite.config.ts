// The demo: `npm start` serves demo/ with the elements straight from source (src/, components/).
// The reference server runs inside vite (demo/server/plugin.ts): /mfa and the demo's /demo/* endpoints,
// data in .data/ (kept between runs). `npx vite build` writes a static copy to dist/demo; `npx vite preview` serves that copy.
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { mfaDemoServer } from './demo/server/plugin.js';
import { dynamicDemoServer } from './demo/dynamic/server.js';

/** The policy the kit promises to run under (SECURITY.md); the demo is served with it. */
export const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

/**
 * Sends the strict Content-Security-Policy with every response of `vite` (dev) and `vite preview`,
 * so the demo proves the elements need no inline script, inline style or `innerHTML`.
 *
 * Dev works under it because the page links its stylesheet (no CSS imported from JS, which vite
 * would inject as an inline <style>) and vite's client is an external module script. The one thing
 * that loses is vite's error overlay: it brings its own <style>, so a build error shows unstyled.
 * Set `DEMO_CSP=off` to serve without the policy while debugging that.
 */
function strictCsp(): Plugin {
  const enabled = process.env.DEMO_CSP !== 'off';
  const addHeader: Connect.NextHandleFunction = (_req, res, next) => {
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    next();
  };
  return {
    name: 'mfa-demo:strict-csp',
    configureServer(server) {
      if (enabled) server.middlewares.use(addHeader);
    },
    configurePreviewServer(server) {
      if (enabled) server.middlewares.use(addHeader);
    },
  };
}

export default defineConfig({
  root: 'demo',
  // Passkeys need a real host name: an IP address (127.0.0.1) is not a valid relying-party ID.
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: false,
    // vite's defaults plus the demo server's data folder (its session secret and encryption key).
    fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**'] },
  },
  preview: { host: 'localhost', port: 4173, strictPort: false },
  // dynamicDemoServer: the stand-in of Dynamic's API for demo/dynamic.html (in memory).
  plugins: [strictCsp(), mfaDemoServer(), dynamicDemoServer()],
  // TypeScript goes through vite's built-in oxc transform, which reads tsconfig.json:
  // experimentalDecorators + useDefineForClassFields: false give Lit's legacy decorators.
  optimizeDeps: {
    // Listing every dependency the page loads, lazy ones included (the QR encoder `uqr`, imported
    // when enrollment starts), keeps vite from discovering one mid-session and reloading the page.
    include: [
      'uqr',
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      '@lit/context',
      'otpauth',
      // Loaded by the memory client only when a passkey ceremony starts.
      '@simplewebauthn/browser',
      '@simplewebauthn/server',
      // demo/dynamic.html: Dynamic's SDK (an optional peer dependency of the kit).
      '@dynamic-labs-sdk/client',
    ],
  },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Both pages: the main demo and the Dynamic one (demo/dynamic.html).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./demo/index.html', import.meta.url)),
        dynamic: fileURLToPath(new URL('./demo/dynamic.html', import.meta.url)),
      },
      // Dynamic's SDK brings packages marked 'use client' (a React directive, meaningless here).
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.id?.includes('node_modules')) return;
        handler(level, log);
      },
    },
  },
});
