import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  accessibilityProblems,
  pageSignedInAs,
  screenshot,
  signedInSession,
} from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// Zooport on entity pages beyond components and teams: the request-support
// card of an API, the duty card of a person, and a team without a desk.
const session = signedInSession();

const supportCard = page =>
  page.locator('.MuiCard-root', { hasText: 'Request support' });

test("an API's card files a request with its owner's desk, about the API", async () => {
  const { page } = session;
  const title = `Deploy API answers 502 (e2e ${Date.now()})`;
  await page.goto(`${frontendUrl}/catalog/default/api/deploy-api`);
  const card = supportCard(page);
  await card.getByText('Support for this API comes from').waitFor();
  await card.getByText('The turtle', { exact: true }).waitFor();
  await screenshot(page, 'entity-pages-api-card');

  await card
    .getByRole('button', { name: 'Request support from the turtle' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Ask the turtle' });
  await dialog.getByLabel('Request type').selectOption({ label: 'Question' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Request support' }).click();
  const filed = page.getByRole('dialog', { name: 'Request filed' });
  await filed.getByText(`“${title}” is with the turtle desk`).waitFor();
  await filed.getByRole('link', { name: 'Open the request' }).click();

  await page.getByText(title).first().waitFor();
  const about = page.getByRole('link', { name: /deploy-api/ }).first();
  await about.waitFor();
  assert.match(
    (await about.getAttribute('href')) ?? '',
    /\/catalog\/default\/api\/deploy-api$/,
  );
  await screenshot(page, 'entity-pages-api-request');
  const { items } = await apiAs(
    'amara.okafor',
    `/zooport/requests?requester=me&text=${encodeURIComponent(title)}`,
  );
  assert.equal(items[0]?.entityRef, 'api:default/deploy-api');
});

test("a person's page says they are on duty now, where and until when", async () => {
  const { page } = session;
  const onDuty = await apiAs(
    'amara.okafor',
    '/zooport/desks/default/platform-software/on-duty',
  );
  const person = onDuty.onDuty[0].userRef.replace(/^user:default\//, '');
  await page.goto(`${frontendUrl}/catalog/default/user/${person}`);
  const card = page.locator('.MuiCard-root', { hasText: 'Zooport duty' });
  await card.getByText(/is on duty now$/).waitFor();
  await card.getByRole('link', { name: '🐢 turtle' }).waitFor();
  await card
    .getByText(/until .*Europe\/Berlin\)$/)
    .first()
    .waitFor();
  await screenshot(page, 'entity-pages-user-on-duty');
  assert.deepEqual(await accessibilityProblems(page, '.MuiCard-root'), []);

  await card.getByRole('link', { name: '🐢 turtle' }).click();
  await page.waitForURL(
    /\/catalog\/default\/group\/platform-software\/zooport$/,
  );
});

test('a team without a desk shows who may open one, and the form to open it', async () => {
  const { page } = session;
  // The Domain is owned by Engineering, which has no desk.
  await page.goto(
    `${frontendUrl}/catalog/default/domain/engineering-platforms`,
  );
  const card = supportCard(page);
  await card.getByText(/has no support desk yet/).waitFor();
  await screenshot(page, 'entity-pages-domain-card-no-desk');
  await card.getByRole('link', { name: 'Zooport tab' }).click();

  await page.waitForURL(/\/catalog\/default\/group\/engineering\/zooport$/);
  await page.getByText('Engineering has no support desk yet').waitFor();
  await page.getByText('zooport.desk.update').waitFor();
  assert.deepEqual(await accessibilityProblems(page), []);
  await screenshot(page, 'entity-pages-group-no-desk');
  // The demo user is a Zooport admin: she may open it.
  await page.getByRole('button', { name: 'Open a support desk' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Open a support desk for Engineering',
  });
  await dialog.getByRole('textbox', { name: /^Animal/ }).waitFor();
  await screenshot(page, 'entity-pages-open-desk-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('someone who may not open the desk is told whom to ask', async () => {
  const page = await pageSignedInAs(session.browser, 'mei.chen');
  try {
    await page.goto(`${frontendUrl}/catalog/default/group/engineering/zooport`);
    await page
      .getByText(/Ask someone in Engineering or a Zooport admin/)
      .waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Open a support desk' }).count(),
      0,
    );
    await screenshot(page, 'entity-pages-group-no-desk-outsider');
  } finally {
    await page.context().close();
  }
});
