import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// One request travels through the steps below, so they run in order.
const title = `Canary step hangs (e2e ${Date.now()})`;
let requestPath;

const session = signedInSession();

test("a component page files a request with its owner's desk", async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/component/deploy-pipeline`,
  );
  const card = session.page.locator('.MuiCard-root', {
    hasText: 'Request support',
  });
  await card
    .getByRole('button', { name: 'Request support from the turtle' })
    .click();

  const dialog = session.page.getByRole('dialog', { name: 'Ask the turtle' });
  await dialog.getByLabel('Request type').selectOption({ label: 'Bug report' });
  await dialog
    .getByText('Something the team owns does not work as it should.')
    .waitFor();
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Description')
    .fill('Every deploy waits **forever** at the canary step.');
  await dialog
    .getByLabel('Steps to reproduce')
    .fill('Merge to main and watch the pipeline.');
  await dialog.getByLabel('Impact').selectOption({ label: 'High' });
  await dialog.getByLabel('Urgency').selectOption({ label: 'Medium' });
  await dialog.getByText('Priority: High').waitFor();
  await screenshot(session.page, 'request-dialog-filled');

  await dialog.getByRole('button', { name: 'Request support' }).click();
  const filed = session.page.getByRole('dialog', { name: 'Request filed' });
  await filed.getByText(`“${title}” is with the turtle desk`).waitFor();
  await filed.getByText('First response by').waitFor();
  await filed.getByText('Resolution by').waitFor();
  requestPath = await filed
    .getByRole('link', { name: 'Open the request' })
    .getAttribute('href');
  assert.match(requestPath, /^\/zooport\/requests\/[0-9a-f-]{36}$/);
  await screenshot(session.page, 'request-filed');
  await filed.getByRole('button', { name: 'Done' }).click();
  await filed.waitFor({ state: 'detached' });
});

test("the platform team's paw tab shows the request in its queue", async () => {
  assert.ok(requestPath, 'the request was filed');
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/platform-software`,
  );
  await session.page
    .locator('a[href="/catalog/default/group/platform-software/zooport"]')
    .click();
  await session.page.getByText('Open requests').waitFor();
  const link = session.page.getByRole('link', { name: title });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), requestPath);
  await link.scrollIntoViewIfNeeded();
  await screenshot(session.page, 'paw-tab-request-queue');
});

test('the desk acknowledges the request on its page', async () => {
  assert.ok(requestPath, 'the request was filed');
  await session.page.getByRole('link', { name: title }).click();
  await session.page.getByRole('heading', { name: title }).waitFor();
  assert.equal(new URL(session.page.url()).pathname, requestPath);
  await session.page.getByText(/^New · High priority · Bug report$/).waitFor();
  await session.page.getByText('forever', { exact: true }).waitFor();
  await session.page.getByText('filed the request').waitFor();
  await session.page
    .getByRole('group', { name: 'First response clock' })
    .waitFor();
  await session.page.getByLabel('Internal note, for the desk only').waitFor();
  await screenshot(session.page, 'request-page-new');

  await session.page.getByRole('button', { name: 'Acknowledge' }).click();
  await session.page
    .getByText(/^Acknowledged · High priority · Bug report$/)
    .waitFor();
  await session.page.getByText('acknowledged the request').waitFor();
  assert.equal(
    await session.page.getByRole('button', { name: 'Acknowledge' }).count(),
    0,
  );
  await screenshot(session.page, 'request-page-acknowledged');
});

// Filing routes the request to whoever is on duty at the time of the run,
// which may be the member signed in here; putting it back in the queue first
// makes taking it the same step at any date.
test('a desk member puts the request back in the queue, then takes it, and the history says so', async () => {
  assert.ok(requestPath, 'the request was filed');
  const history = session.page.getByRole('listitem');
  await session.page.getByRole('button', { name: 'Hand over…' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Hand the request over',
  });
  await dialog
    .getByLabel('To')
    .selectOption({ label: 'Nobody: back to the queue' });
  await dialog.getByRole('button', { name: 'Hand over' }).click();
  await dialog.waitFor({ state: 'detached' });
  await history
    .filter({ hasText: 'put the request back in the queue' })
    .waitFor();
  const details = session.page.getByText('Assignee').locator('..');
  await details.getByText('Nobody yet').waitFor();

  await session.page.getByRole('button', { name: 'Assign to me' }).click();
  await history.filter({ hasText: 'took the request' }).waitFor();
  assert.equal(
    await session.page.getByRole('button', { name: 'Assign to me' }).count(),
    0,
  );
  await details.scrollIntoViewIfNeeded();
  await screenshot(session.page, 'request-page-taken');
});

test('the request shows among my own on the Requests tab', async () => {
  assert.ok(requestPath, 'the request was filed');
  await session.page.getByRole('tab', { name: 'Requests' }).click();
  await session.page.getByRole('tab', { name: 'Requested by me' }).click();
  await session.page.getByRole('link', { name: title }).waitFor();
  await screenshot(session.page, 'requests-requested-by-me');
});

test('the desk answers with an FAQ entry found by its title, and the request shows the answer', async () => {
  assert.ok(requestPath, 'the request was filed');
  await session.page.goto(`${frontendUrl}${requestPath}`);
  await session.page.getByRole('heading', { name: title }).waitFor();
  await session.page.getByRole('button', { name: 'Resolve…' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Resolve the request',
  });
  await dialog
    .getByLabel('Resolution')
    .selectOption({ label: 'Answered by an FAQ entry' });
  await dialog.getByLabel(/FAQ entry or playbook/).fill('waiting for runner');
  const entryTitle = 'Why is my pipeline stuck in "waiting for runner"?';
  await session.page
    .getByRole('option', {
      name: new RegExp(`^${entryTitle.replace(/[?"]/g, '.')}`),
    })
    .click();
  await dialog
    .getByLabel('Note for the requester')
    .fill('The runners were full; the entry says how to **check** them.');
  await screenshot(session.page, 'resolve-dialog-faq-picker');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await dialog.waitFor({ state: 'detached' });

  const resolution = session.page.getByRole('region', { name: 'Resolution' });
  await resolution.getByText('Answered by an FAQ entry').waitFor();
  await resolution.getByText('check', { exact: true }).waitFor();
  await resolution.getByRole('link', { name: entryTitle }).waitFor();
  await session.page.reload();
  await resolution.getByRole('link', { name: entryTitle }).waitFor();
  await resolution.getByText('check', { exact: true }).waitFor();
  await session.page.getByText('forever', { exact: true }).waitFor();
  await screenshot(session.page, 'request-page-resolution');
});

test('closing asks first and says that it is final', async () => {
  assert.ok(requestPath, 'the request was resolved');
  await session.page.getByRole('button', { name: 'Close…' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Close the request?',
  });
  await dialog.getByText(/Closing is final/).waitFor();
  await screenshot(session.page, 'request-close-confirmation');
  await dialog.getByRole('button', { name: 'Close request' }).click();
  await dialog.waitFor({ state: 'detached' });
  await session.page
    .getByText(/^Closed · High priority · Bug report$/)
    .waitFor();
  assert.equal(
    await session.page.getByRole('button', { name: 'Reopen' }).count(),
    0,
  );
});
