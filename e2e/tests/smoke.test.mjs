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

test('the sidebar leads to the zoo, with every animal and its Zooporter', async () => {
  await page.getByRole('link', { name: 'Zooport' }).click();
  await page.getByRole('heading', { name: 'Zooport', level: 1 }).waitFor();
  for (const animal of ['turtle', 'elephant', 'penguin', 'koala']) {
    await page.getByText(`The ${animal}`, { exact: true }).waitFor();
  }
  await page.getByText('The German shepherd', { exact: true }).waitFor();
  assert.ok((await page.getByText('Zooporter', { exact: true }).count()) >= 4);
  assert.match(page.url(), /\/zooport$/);
  await screenshot(page, 'zooport-page');
});

test("the platform team's paw tab shows who is on duty and who shadows", async () => {
  await page.goto(`${frontendUrl}/catalog/default/group/platform-software`);
  await page
    .locator('a[href="/catalog/default/group/platform-software/zooport"]')
    .click();
  await page.getByText('Platform Software support desk').waitFor();
  await page.getByText('On duty now').waitFor();
  await page.getByText('Zooporter', { exact: true }).first().waitFor();
  await page.getByText('shadowing', { exact: true }).waitFor();
  await page
    .getByText(/Jonas Weber|jonas\.weber/)
    .first()
    .waitFor();
  assert.match(page.url(), /\/group\/platform-software\/zooport$/);
  await screenshot(page, 'paw-tab');
});

test('a team without a rotation says so on its paw tab', async () => {
  await page.goto(`${frontendUrl}/catalog/default/group/security/zooport`);
  await page.getByText('This desk has no rotation yet.').waitFor();
  await screenshot(page, 'paw-tab-without-rotation');
});

test("a component page's request-support card shows the owner's animal", async () => {
  await page.goto(`${frontendUrl}/catalog/default/component/deploy-pipeline`);
  const card = page.locator('.MuiCard-root', { hasText: 'Request support' });
  await card.getByText('Support for this component comes from').waitFor();
  await card.getByText('The turtle', { exact: true }).waitFor();
  await card.getByText('Zooporter', { exact: true }).waitFor();
  await screenshot(page, 'request-support-card');
});
