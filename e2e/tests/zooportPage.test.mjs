import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// The steps share one filed request, so they run in order.
const title = `Replica lag on orders-db (e2e ${Date.now()})`;

const session = signedInSession();

test('the Requests tab files a request with a chosen desk', async () => {
  await session.page.goto(`${frontendUrl}/zooport/requests`);
  await session.page.getByRole('button', { name: 'New request' }).click();

  const picker = session.page.getByRole('dialog', { name: 'New request' });
  await picker
    .getByLabel('Desk')
    .selectOption('group:default/database-administrators');
  await picker.getByRole('button', { name: 'Continue' }).click();

  const dialog = session.page.getByRole('dialog', {
    name: 'Ask the elephant',
  });
  await dialog.getByLabel('Request type').selectOption({ label: 'Question' });
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Description')
    .fill('The read replica is minutes behind since this morning.');
  await screenshot(session.page, 'zooport-page-new-request');
  await dialog.getByRole('button', { name: 'Request support' }).click();

  const filed = session.page.getByRole('dialog', { name: 'Request filed' });
  await filed.getByText(`“${title}” is with the elephant desk`).waitFor();
  await filed.getByRole('button', { name: 'Done' }).click();
  await filed.waitFor({ state: 'detached' });

  await session.page
    .getByRole('tab', { name: 'Requested by me', selected: true })
    .waitFor();
  await session.page.getByRole('link', { name: title }).waitFor();
  await screenshot(session.page, 'zooport-page-requested-by-me');
});

test('the status filter narrows the queue, and Back undoes it', async () => {
  await session.page.getByLabel('Status').selectOption({ label: 'Closed' });
  await session.page.waitForURL(/status=closed/);
  await session.page
    .getByRole('link', { name: title })
    .waitFor({ state: 'detached' });
  await screenshot(session.page, 'zooport-page-filtered');

  await session.page.goBack();
  await session.page.getByRole('link', { name: title }).waitFor();
});
