import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, pageSignedInAs, screenshot } from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// Three people: Priya asks the turtle for access, Ines from security must
// approve it, and Lars from the platform team waits to start the work.
const title = `Write access to the deploy pipeline (e2e ${Date.now()})`;
const platformTypes = '/zooport/desks/default/platform-software/request-types';

let browser;
let requestPath;
const pages = {};

before(async () => {
  const { items } = await apiAs('amara.okafor', platformTypes);
  const { id, revision, teamRef, archived, ...type } = items.find(
    candidate => candidate.name === 'Access request',
  );
  await apiAs('amara.okafor', `${platformTypes}/${id}`, {
    method: 'PUT',
    body: {
      name: type.name,
      description: type.description,
      fields: type.fields,
      defaultPriority: type.defaultPriority,
      sla: type.sla,
      entryIds: type.entryIds,
      approvers: ['user:default/ines.moreau'],
    },
  });
  browser = await launchBrowser();
  for (const userName of ['priya.sharma', 'ines.moreau', 'lars.eriksson']) {
    pages[userName] = await pageSignedInAs(browser, userName);
  }
});

after(async () => {
  await browser?.close();
});

test('the request filed says whose approval it waits for', async () => {
  const page = pages['priya.sharma'];
  await page.goto(`${frontendUrl}/catalog/default/component/deploy-pipeline`);
  await page
    .getByRole('button', { name: 'Request support from the turtle' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Ask the turtle' });
  await dialog
    .getByLabel('Request type')
    .selectOption({ label: 'Access request' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel(/Access level/).selectOption('write');
  await dialog
    .getByLabel(/Why you need it/)
    .fill('I take over the release duty next week.');
  await dialog.getByRole('button', { name: 'Request support' }).click();
  const filed = page.getByRole('dialog', { name: 'Request filed' });
  await filed.getByText(/It waits for approval by/).waitFor();
  await filed.getByRole('link', { name: 'Ines Moreau' }).waitFor();
  requestPath = await filed
    .getByRole('link', { name: 'Open the request' })
    .getAttribute('href');
  await screenshot(page, 'request-filed-awaiting-approval');
  await filed.getByRole('button', { name: 'Done' }).click();
});

test('the desk sees why work cannot start yet', async () => {
  assert.ok(requestPath, 'the request was filed');
  const page = pages['lars.eriksson'];
  await page.goto(`${frontendUrl}${requestPath}`);
  await page.getByText('Work starts once an approver agrees.').waitFor();
  assert.equal(
    await page.getByRole('button', { name: 'Start work' }).isDisabled(),
    true,
  );
  await screenshot(page, 'request-page-awaiting-approval');
});

test('the approver is asked, and approves on the request page', async () => {
  assert.ok(requestPath, 'the request was filed');
  const page = pages['ines.moreau'];
  await page.goto(`${frontendUrl}/notifications`);
  await page.getByText('your approval is needed').first().waitFor();
  await page.getByText(`Priya Sharma asks: ${title}`).waitFor();
  await screenshot(page, 'approver-notified');
  await page.goto(`${frontendUrl}${requestPath}`);
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('button', { name: 'Approve' }).waitFor({
    state: 'detached',
  });
  await screenshot(page, 'request-page-approved');
});

test('the requester hears of the decision, and the desk may start', async () => {
  assert.ok(requestPath, 'the request was filed');
  const requester = pages['priya.sharma'];
  await requester.goto(`${frontendUrl}/notifications`);
  await requester.getByText('Request approved').first().waitFor();
  await requester.getByText(`${title} — approved by Ines Moreau`).waitFor();

  const desk = pages['lars.eriksson'];
  await desk.reload();
  await desk.getByRole('heading', { name: title }).waitFor();
  const start = desk.getByRole('button', { name: 'Start work' });
  await start.waitFor();
  assert.equal(await start.isDisabled(), false);
  assert.equal(
    await desk.getByText('Work starts once an approver agrees.').count(),
    0,
  );
});
