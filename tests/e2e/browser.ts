import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium): Playwright's own browser download is not possible here. */
export const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium as root in a sandbox-less container. The background
 * networking flags keep it from dialling out on a machine with no network.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
