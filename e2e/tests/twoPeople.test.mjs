import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, pageSignedInAs, screenshot } from '../browser.mjs';
import { frontendUrl, apiAs } from '../portal.mjs';

// Two people in two browsers at once: Priya from the database team asks the
// platform team (the turtle), and whoever is on duty there answers. The
// steps depend on each other, so they run in order.
const requester = { userName: 'priya.sharma', displayName: 'Priya Sharma' };
const title = `Staging deploys time out (e2e ${Date.now()})`;
const reply = 'Which service do you deploy, and since when?';
const internalNote = 'Runner pool 3 was drained last night';
const answer = 'Pool 3 is back; deploys finish in **two minutes** again.';

let browser;
let requesterPage;
let zooporter;
let zooporterPage;
let requestPath;

before(async () => {
  browser = await launchBrowser();
  requesterPage = await pageSignedInAs(browser, requester.userName);
});

after(async () => {
  await browser?.close();
});

async function latestNotification(page, text) {
  await page.goto(`${frontendUrl}/notifications`);
  const notification = page.getByText(text).first();
  await notification.waitFor();
  return notification;
}

test('a requester from another team files a request on a component of the platform team', async () => {
  await requesterPage.goto(
    `${frontendUrl}/catalog/default/component/deploy-pipeline`,
  );
  await requesterPage
    .getByRole('button', { name: 'Request support from the turtle' })
    .click();
  const dialog = requesterPage.getByRole('dialog', { name: 'Ask the turtle' });
  await dialog.getByLabel('Request type').selectOption({ label: 'Bug report' });
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Description')
    .fill('Every deploy to staging stops after 10 minutes.');
  await dialog
    .getByLabel('Steps to reproduce')
    .fill('Deploy any service to staging.');
  await dialog.getByLabel('Impact').selectOption({ label: 'High' });
  await dialog.getByLabel('Urgency').selectOption({ label: 'Medium' });
  await dialog.getByRole('button', { name: 'Request support' }).click();
  const filed = requesterPage.getByRole('dialog', { name: 'Request filed' });
  requestPath = await filed
    .getByRole('link', { name: 'Open the request' })
    .getAttribute('href');
  await screenshot(requesterPage, 'two-people-requester-filed');
  await filed.getByRole('button', { name: 'Done' }).click();

  const stored = await apiAs(
    requester.userName,
    `/zooport/requests/${requestPath.split('/').pop()}`,
  );
  assert.match(
    stored.assigneeRef ?? '',
    /^user:default\//,
    'the request went to the Zooporter',
  );
  assert.notEqual(stored.assigneeRef, `user:default/${requester.userName}`);
  const userName = stored.assigneeRef.split('/').pop();
  const user = await apiAs(
    requester.userName,
    `/catalog/entities/by-name/user/default/${userName}`,
  );
  zooporter = { userName, displayName: user.spec.profile.displayName };
  zooporterPage = await pageSignedInAs(browser, userName);
});

test('the person on duty is told who asks, by name', async () => {
  assert.ok(zooporter, 'the request was filed and routed');
  await latestNotification(
    zooporterPage,
    `${requester.displayName} asks: ${title}`,
  );
  await screenshot(zooporterPage, 'two-people-zooporter-notified');
});

test("the desk's queue shows who asked and who has it", async () => {
  assert.ok(zooporter, 'the request was filed and routed');
  await zooporterPage.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  const row = zooporterPage.getByRole('row').filter({ hasText: title });
  await row.getByText(requester.displayName).waitFor();
  await row.getByText(zooporter.displayName).waitFor();
  await row.scrollIntoViewIfNeeded();
  await screenshot(zooporterPage, 'two-people-desk-queue');
});

test('an internal note stays with the desk, and the reply reaches the requester', async () => {
  assert.ok(zooporter, 'the request was filed and routed');
  await zooporterPage.goto(`${frontendUrl}${requestPath}`);
  await zooporterPage.getByRole('heading', { name: title }).waitFor();
  await zooporterPage.getByRole('button', { name: 'Acknowledge' }).click();
  await zooporterPage.getByText('acknowledged the request').waitFor();

  const internal = zooporterPage.getByLabel('Internal note, for the desk only');
  await internal.check();
  await zooporterPage
    .getByLabel('Internal note', { exact: true })
    .fill(internalNote);
  await zooporterPage.getByRole('button', { name: 'Add note' }).click();
  await zooporterPage
    .getByRole('listitem')
    .filter({ hasText: internalNote })
    .waitFor();
  // The next message goes to the requester unless ticked again.
  await zooporterPage
    .getByRole('checkbox', {
      name: 'Internal note, for the desk only',
      checked: false,
    })
    .waitFor();
  await zooporterPage.getByLabel('Comment', { exact: true }).fill(reply);
  await zooporterPage.getByRole('button', { name: 'Comment' }).click();
  await zooporterPage
    .getByRole('listitem')
    .filter({ hasText: reply })
    .waitFor();
  await screenshot(zooporterPage, 'two-people-desk-conversation');

  await latestNotification(requesterPage, `${zooporter.displayName} commented`);
  await requesterPage.goto(`${frontendUrl}${requestPath}`);
  await requesterPage.getByText(reply).waitFor();
  await requesterPage.getByText('acknowledged the request').waitFor();
  assert.equal(await requesterPage.getByText(internalNote).count(), 0);
  assert.equal(
    await requesterPage.getByLabel('Internal note, for the desk only').count(),
    0,
  );
  for (const deskAction of ['Resolve…', 'Assign to me', 'Acknowledge']) {
    assert.equal(
      await requesterPage.getByRole('button', { name: deskAction }).count(),
      0,
      `the requester is not offered "${deskAction}"`,
    );
  }
  await screenshot(requesterPage, 'two-people-requester-conversation');
});

test('the desk resolves, and the requester reads the answer and is told', async () => {
  assert.ok(zooporter, 'the request was filed and routed');
  await zooporterPage.getByRole('button', { name: 'Resolve…' }).click();
  const dialog = zooporterPage.getByRole('dialog', {
    name: 'Resolve the request',
  });
  await dialog.getByLabel('Resolution').selectOption({ label: 'Answered' });
  await dialog.getByLabel('Note for the requester').fill(answer);
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await dialog.waitFor({ state: 'detached' });

  await latestNotification(requesterPage, 'Your request was resolved');
  await requesterPage
    .getByText(/Pool 3 is back/)
    .first()
    .waitFor();
  await screenshot(requesterPage, 'two-people-requester-notified');
  await requesterPage.goto(`${frontendUrl}${requestPath}`);
  const resolution = requesterPage.getByRole('region', { name: 'Resolution' });
  await resolution.getByText('Answered').waitFor();
  await resolution.getByText('two minutes', { exact: true }).waitFor();
  await screenshot(requesterPage, 'two-people-requester-answer');
});

test("the requester may read the platform team's desk but not change it", async () => {
  await requesterPage.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  await requesterPage
    .getByRole('button', { name: 'Rotation settings' })
    .waitFor();
  for (const change of ['Edit rotation', 'Change who is on duty']) {
    assert.equal(
      await requesterPage.getByRole('button', { name: change }).count(),
      0,
      `the requester is not offered "${change}"`,
    );
  }
  await screenshot(requesterPage, 'two-people-requester-paw-tab');
});
