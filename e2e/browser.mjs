// Headless Debian Chromium driven by playwright-core, signed in as the demo
// guest user or as any catalog user, with screenshots kept as test artefacts.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
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

async function newPortalPage(browser) {
  // A page of its own context: axe-core analyses pages of contexts only.
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/** Opens the portal in a new page and enters as the guest (the demo user). */
export async function signedInPage(browser) {
  const page = await newPortalPage(browser);
  await page.goto(frontendUrl);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: 'Zooport' }).waitFor();
  return page;
}

/**
 * Opens the portal in a new page as the catalog user `userName`, who is
 * signed in the way oauth2-proxy would forward them (see
 * app-config.e2e.yaml).
 */
export async function pageSignedInAs(browser, userName) {
  const page = await newPortalPage(browser);
  await page.context().route('**/api/auth/oauth2Proxy/**', route =>
    route.continue({
      headers: { ...route.request().headers(), 'x-forwarded-user': userName },
    }),
  );
  await page.goto(frontendUrl);
  await page.getByRole('link', { name: 'Zooport' }).waitFor();
  return page;
}

/**
 * A browser and a signed-in page shared by the tests of one file, opened
 * before them and closed after: `session.page` once they run.
 */
export function signedInSession(userName) {
  const session = {};
  before(async () => {
    session.browser = await launchBrowser();
    session.page = userName
      ? await pageSignedInAs(session.browser, userName)
      : await signedInPage(session.browser);
  });
  after(async () => {
    await session.browser?.close();
  });
  return session;
}

/**
 * Loads the portal once before the tests: a freshly started portal serves
 * its first page slowly (bundles, the catalog's first ingestion), which
 * would otherwise eat into the first test's time.
 */
export async function warmUp() {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(240_000);
    await page.goto(frontendUrl);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page.getByRole('link', { name: 'Zooport' }).waitFor();
    await page.goto(`${frontendUrl}/catalog/default/group/platform-software`);
    await page.getByText('Platform Software').first().waitFor();
  } finally {
    await browser.close();
  }
}

/**
 * Waits for a dialog to close after its form was sent; if it stays open,
 * fails with what it shows (a refusal, a conflict) rather than a bare
 * timeout.
 */
export async function dialogClosed(dialog) {
  try {
    await dialog.waitFor({ state: 'detached' });
  } catch (error) {
    const shown = await dialog.innerText({ timeout: 1000 }).catch(() => '');
    throw new Error(`The dialog stayed open, showing:\n${shown}`, {
      cause: error,
    });
  }
}

export async function screenshot(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({
    path: join(screenshotsDir, `${name}.png`),
    fullPage: true,
  });
}

/**
 * The serious and critical WCAG 2.1 A and AA violations axe-core finds on
 * the page as it is now (or within `include`), one line each: the rule,
 * what it asks, and where.
 */
// A dialog still fading in, or a field still changing its background, would
// be measured half-drawn: axe blends the colours of the moment and reports a
// contrast that nobody sees once the page has settled. Endless animations
// (spinners) and those driven by scrolling (card shadows) never settle.
async function transitionsSettled(page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        animation =>
          animation.playState !== 'running' ||
          animation.timeline !== document.timeline ||
          animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

export async function accessibilityProblems(page, include) {
  await transitionsSettled(page);
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Backstage's own sidebar is not Zooport's: its Notifications item is
    // labelled without the unread count it shows.
    .exclude('[class*="BackstageSidebarItem-root"]');
  if (include) {
    builder.include(include);
  }
  const { violations } = await builder.analyze();
  return violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(
      v =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map(
            node =>
              `${node.target.join(' ')} (${
                node.any[0]?.message ?? ''
              } "${node.html.slice(0, 120)}")`,
          )
          .join(', ')}`,
    );
}
