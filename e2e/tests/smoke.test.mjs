import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, screenshot, signedInPage } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

let browser;
let page;

before(async () => {
  browser = await launchBrowser();
  page = await signedInPage(browser);
});

after(async () => {
  await browser?.close();
});

test('the sidebar leads to the Zooport page, which reaches the backend', async () => {
  await page.getByRole('link', { name: 'Zooport' }).click();
  await page.getByRole('heading', { name: 'Zooport', level: 1 }).waitFor();
  await page
    .getByText(/Connected to the Zooport backend \d+\.\d+\.\d+/)
    .waitFor();
  assert.match(page.url(), /\/zooport$/);
  await screenshot(page, 'zooport-page');
});

test('a team page has a paw tab showing its support desk', async () => {
  await page.goto(`${frontendUrl}/catalog/default/group/platform-software`);
  await page
    .locator('a[href="/catalog/default/group/platform-software/zooport"]')
    .click();
  await page.getByText('Platform Software support desk').waitFor();
  await page.getByText(/Connected to the Zooport backend/).waitFor();
  assert.match(page.url(), /\/group\/platform-software\/zooport$/);
  await screenshot(page, 'paw-tab');
});

test('a component page has the request-support card naming the owner', async () => {
  await page.goto(`${frontendUrl}/catalog/default/component/deploy-pipeline`);
  const card = page.locator('.MuiCard-root', { hasText: 'Request support' });
  await card.getByText('Support for this component comes from').waitFor();
  await card.getByRole('link', { name: 'Platform Software' }).waitFor();
  await screenshot(page, 'request-support-card');
});
