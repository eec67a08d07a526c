// The Chromium every test, benchmark and smoke script drives: CHROME_PATH, else Debian's package.
// The flags are the ones known to work headless as root on these machines (CONTRIBUTING.md);
// without the networking ones Chromium keeps trying to reach the internet.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROME_PATH.');
  return found;
}
