import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags Chromium needs on a machine with a closed network and no GPU. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Where the browser is: CHROMIUM_PATH, else Debian's package, else Playwright's own download. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const managed = chromium.executablePath();
  return managed && existsSync(managed) ? managed : undefined;
}

export const NO_CHROMIUM_MESSAGE = [
  'No Chromium found for the browser tests.',
  'Install one of these, then run the tests again:',
  '  - Debian or Ubuntu, as root: apt-get install -y chromium',
  '  - elsewhere: npx playwright install chromium',
  '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join('\n');

/** The launch options every browser test uses; throws rather than skip when there is no browser. */
export function launchOptions() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  return { executablePath, args: CHROMIUM_ARGS };
}
