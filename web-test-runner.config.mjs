// Browser tests in real Chromium (Debian's, or CHROME_PATH). See CONTRIBUTING.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { webauthnCommands } from './test/support/webauthn-commands.mjs';
import { clipboardCommands } from './test/support/clipboard-commands.mjs';
import { accessibilityCommands } from './test/support/accessibility-commands.mjs';
import { cspMiddleware } from './test/support/csp-middleware.mjs';
import { tsImport } from 'tsx/esm/api';
import { dynamicSdkBundle } from './stand-ins/dynamic/sdk-bundle.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

const executablePath = chromiumPath();

const commonjs = fromRollup(rollupCommonjs);

// A local stand-in for Dynamic's API (test/dynamic/*), in TypeScript: loaded through tsx.
const { dynamicStandInMiddleware, dynamicStandInCommands } = await tsImport(
  './stand-ins/dynamic/web-test-runner.ts',
  import.meta.url,
);

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/e2e/**', '!test/i18n/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  // Generous: keyboard-driven tests type through the runner, which is slow on a busy 2-CPU machine.
  testFramework: { config: { timeout: 20000 } },
  // A whole file's budget (default 120 s): the first file to load a heavy module graph (the
  // passkey verifier, axe, the Dynamic SDK bundle) pays for the dev server's transforms.
  testsFinishTimeout: 300_000,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  middleware: [cspMiddleware, dynamicStandInMiddleware()],
  plugins: [
    // Dynamic's SDK as one pre-built bundle (first: it answers the import before anything resolves it as a file).
    dynamicSdkBundle(),
    // jsqr (which decodes the drawn QR codes in tests) ships CommonJS only.
    commonjs({
      strictRequires: false,
      requireReturnsDefault: 'preferred',
      include: ['**/node_modules/jsqr/**'],
    }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    webauthnCommands(),
    // One real clipboard for the two files that run at once: test/support/clipboard.ts.
    clipboardCommands(),
    // Accessible names from Chromium's accessibility tree: test/languages/*.
    accessibilityCommands(),
    // The stand-in of Dynamic's API: commands for test/dynamic/*.
    dynamicStandInCommands(),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
