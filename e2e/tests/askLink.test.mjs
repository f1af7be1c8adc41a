import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// A desk's ask link, pinned in a chat topic, opens its request dialog.
const session = signedInSession();
const title = `Where are the deploy logs? (e2e ${Date.now()})`;

test("a desk's ask link from its paw tab opens its request dialog, which files there", async () => {
  const { page } = session;
  await page.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  const link = page.getByRole('link', {
    name: '/zooport/ask/platform-software',
  });
  await link.scrollIntoViewIfNeeded();
  await screenshot(page, 'ask-link-paw-tab');
  await link.click();

  const dialog = page.getByRole('dialog', { name: 'Ask the turtle' });
  await dialog.getByLabel('Request type').selectOption({ label: 'Question' });
  await dialog.getByLabel('Title').fill(title);
  await screenshot(page, 'ask-link-dialog');
  await dialog.getByRole('button', { name: 'Request support' }).click();
  const filed = page.getByRole('dialog', { name: 'Request filed' });
  await filed.getByText(`“${title}” is with the turtle desk`).waitFor();
  await filed.getByRole('button', { name: 'Done' }).click();
  await filed.waitFor({ state: 'detached' });
  await page.waitForURL(url => new URL(url).pathname === '/zooport');
});

test('an ask link by animal works in any case, and a stranger is told', async () => {
  const { page } = session;
  await page.goto(`${frontendUrl}/zooport/ask/German%20Shepherd`);
  await page.getByRole('dialog', { name: 'Ask the German shepherd' }).waitFor();

  await page.goto(`${frontendUrl}/zooport/ask/unicorn`);
  await page.getByText('No desk answers to “unicorn”').waitFor();
  assert.equal(await page.getByRole('dialog').count(), 0);
  await page.getByText('The zoo').waitFor();
  await screenshot(page, 'ask-link-unknown');
});
