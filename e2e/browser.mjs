// Headless Debian Chromium driven by playwright-core, signed in as the demo
// guest user, with screenshots kept as test artefacts.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { frontendUrl } from './portal.mjs';

const screenshotsDir = resolve(
  import.meta.dirname,
  '..',
  'test-results',
  'e2e',
);

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Opens the portal in a new page and enters as the guest (the demo user). */
export async function signedInPage(browser) {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
  });
  page.setDefaultTimeout(60_000);
  await page.goto(frontendUrl);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: 'Zooport' }).waitFor();
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({
    path: join(screenshotsDir, `${name}.png`),
    fullPage: true,
  });
}
