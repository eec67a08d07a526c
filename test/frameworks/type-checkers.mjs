// Each framework's own type checker over test/frameworks/types/<framework>/ (a correct file, a
// misspelt property, a wrong `detail` use) and, where the folder's tsconfig says so, the example
// app of demo/frameworks/. Diagnostics are read per file, so one run answers all three questions.
import { basename } from 'node:path';
import { consumer, consumerBin } from './consumer.mjs';

/** tsc, vue-tsc and ngc print `file(line,col): error TS…` or, pretty, `file:line:col - error TS…`. */
function tscDiagnostics(output) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes are what is removed
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const diagnostics = [];
  for (const line of plain.split('\n')) {
    const match = line.match(/^(\S.*?)(?:\((\d+),(\d+)\)|:(\d+):(\d+)) ?[:-] error (TS\d+): (.*)$/);
    if (match) diagnostics.push({ file: basename(match[1]), message: `${match[6]}: ${match[7]}` });
    else if (
      /^\s+\S/.test(line) &&
      diagnostics.length > 0 &&
      !/^\s*\d+\s/.test(line) &&
      !/~/.test(line)
    ) {
      diagnostics.at(-1).message += ` ${line.trim()}`;
    }
  }
  return diagnostics;
}

/** svelte-check --output machine: `<time> ERROR "file" line:col "message"`. */
function svelteDiagnostics(output) {
  return [...output.matchAll(/^\d+ ERROR "([^"]+)" \d+:\d+ "(.*)"$/gm)].map((match) => ({
    file: basename(match[1]),
    message: match[2],
  }));
}

/** Files tsc or vue-tsc read (`--listFiles`), outside node_modules. */
const listedFiles = (output) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('/') && !line.includes('/node_modules/'))
    .map((line) => basename(line.trim()));

export const CHECKERS = [
  {
    framework: 'React 19',
    checker: 'tsc',
    folder: 'react',
    run: () => consumerBin('tsc', ['-p', 'type-tests/react', '--listFiles']),
    read: tscDiagnostics,
    checks: ['ok.tsx', 'App.tsx', 'main.tsx'],
  },
  {
    framework: 'Preact',
    checker: 'tsc',
    folder: 'preact',
    run: () => consumerBin('tsc', ['-p', 'type-tests/preact', '--listFiles']),
    read: tscDiagnostics,
    checks: ['ok.tsx'],
  },
  {
    framework: 'Solid',
    checker: 'tsc',
    folder: 'solid',
    run: () => consumerBin('tsc', ['-p', 'type-tests/solid', '--listFiles']),
    read: tscDiagnostics,
    checks: ['ok.tsx'],
  },
  {
    framework: 'Vue 3',
    checker: 'vue-tsc (strictTemplates)',
    folder: 'vue',
    run: () => consumerBin('vue-tsc', ['-p', 'type-tests/vue', '--listFiles']),
    read: tscDiagnostics,
    checks: ['Ok.vue', 'App.vue', 'main.ts'],
  },
  {
    framework: 'Svelte 5',
    checker: 'svelte-check',
    folder: 'svelte',
    // The workspace is the whole consumer so the example app's component is checked too.
    run: () =>
      consumerBin('svelte-check', [
        '--workspace',
        consumer,
        '--tsconfig',
        `${consumer}/type-tests/svelte/tsconfig.json`,
        '--output',
        'machine',
      ]),
    read: svelteDiagnostics,
    checks: [],
  },
  {
    framework: 'Angular 20',
    checker: 'ngc (strictTemplates)',
    folder: 'angular',
    // Angular checks events only: with CUSTOM_ELEMENTS_SCHEMA any property binding is allowed.
    run: () => consumerBin('ngc', ['-p', 'type-tests/angular/tsconfig.json']),
    read: tscDiagnostics,
    checks: [],
    noMisspeltProperty: true,
  },
];

/** Runs one checker once: its exit code, diagnostics and the files it read. */
export function check(entry) {
  const { code, output } = entry.run();
  return { code, output, diagnostics: entry.read(output), files: listedFiles(output) };
}
