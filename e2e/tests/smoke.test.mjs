import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

const session = signedInSession();

test('the sidebar leads to the zoo, with every animal and its Zooporter', async () => {
  await session.page.getByRole('link', { name: 'Zooport' }).click();
  await session.page
    .getByRole('heading', { name: 'Zooport', level: 1 })
    .waitFor();
  for (const animal of ['turtle', 'elephant', 'penguin', 'koala']) {
    await session.page.getByText(`The ${animal}`, { exact: true }).waitFor();
  }
  await session.page
    .getByText('The German shepherd', { exact: true })
    .waitFor();
  assert.ok(
    (await session.page.getByText('Zooporter', { exact: true }).count()) >= 4,
  );
  assert.match(session.page.url(), /\/zooport$/);
  await screenshot(session.page, 'zooport-page');
});

test("the platform team's paw tab shows who is on duty and who shadows", async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/platform-software`,
  );
  await session.page
    .locator('a[href="/catalog/default/group/platform-software/zooport"]')
    .click();
  await session.page.getByText('Platform Software support desk').waitFor();
  await session.page.getByText('On duty now').waitFor();
  await session.page.getByText('Zooporter', { exact: true }).first().waitFor();
  await session.page.getByText('shadowing', { exact: true }).waitFor();
  await session.page
    .getByText(/Jonas Weber|jonas\.weber/)
    .first()
    .waitFor();
  assert.match(session.page.url(), /\/group\/platform-software\/zooport$/);
  await screenshot(session.page, 'paw-tab');
});

test('a team without a rotation says so on its paw tab', async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/security/zooport`,
  );
  await session.page.getByText('This desk has no rotation yet.').waitFor();
  await screenshot(session.page, 'paw-tab-without-rotation');
});

test("a component page's request-support card shows the owner's animal", async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/component/deploy-pipeline`,
  );
  const card = session.page.locator('.MuiCard-root', {
    hasText: 'Request support',
  });
  await card.getByText('Support for this component comes from').waitFor();
  await card.getByText('The turtle', { exact: true }).waitFor();
  await card.getByText('Zooporter', { exact: true }).waitFor();
  await screenshot(session.page, 'request-support-card');
});
