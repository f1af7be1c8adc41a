import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import {
  accessibilityProblems,
  launchBrowser,
  pageSignedInAs,
  screenshot,
} from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// The portal files bug tickets at a Jira on this port (e2e/app-config.e2e.yaml);
// this test plays that Jira, answering as Jira's REST API does. A member of
// the koala's desk names its Jira project, another team's person files a
// bug, and the member resolves it without pasting a URL: the issue is filed
// by the backend's task and its key shows on the request.
const jiraPort = 7091;
const member = 'lucia.fernandez';
const requester = 'priya.sharma';
const teamRef = 'group:default/test-engineering';
const deskApi = '/zooport/desks/default/test-engineering';
const title = `Flaky login test (e2e ${Date.now()})`;

const calls = [];
let jira;
let browser;
let page;

before(async () => {
  jira = createServer((req, res) => {
    let text = '';
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      calls.push({
        method: req.method,
        path: req.url,
        authorization: req.headers.authorization,
        body: JSON.parse(text),
      });
      const id = String(10000 + calls.length - 1);
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          id,
          key: `KOALA-${calls.length}`,
          self: `http://127.0.0.1:${jiraPort}/rest/api/2/issue/${id}`,
        }),
      );
    });
  });
  await new Promise(resolve => jira.listen(jiraPort, '127.0.0.1', resolve));
  browser = await launchBrowser();
  page = await pageSignedInAs(browser, member);
});

after(async () => {
  await browser?.close();
  await new Promise(resolve => jira?.close(resolve));
});

test("a member names the desk's Jira project in the desk editor", async () => {
  await page.goto(
    `${frontendUrl}/catalog/default/group/test-engineering/zooport`,
  );
  await page.getByRole('button', { name: 'Edit desk' }).click();
  const dialog = page.getByRole('dialog', { name: 'The koala’s desk' });
  const key = dialog.getByLabel('Jira project key');
  await key.fill('KOALA');
  await dialog.getByText(/filed there, at 127\.0\.0\.1:7091/).waitFor();
  await key.scrollIntoViewIfNeeded();
  assert.deepEqual(await accessibilityProblems(page, '[role="dialog"]'), []);
  await screenshot(page, 'jira-desk-editor');
  await dialog.getByRole('button', { name: 'Save desk' }).click();
  await dialog.waitFor({ state: 'detached' });

  const desk = await apiAs(member, deskApi);
  assert.deepEqual(desk.jiraProject, { key: 'KOALA', issueType: 'Bug' });
  assert.equal(desk.jira.baseUrl, `http://127.0.0.1:${jiraPort}`);
});

test('resolving a bug without a URL files the Jira issue, whose key shows on the request', async () => {
  const { items } = await apiAs(member, `${deskApi}/request-types`);
  const bugType = items.find(type => type.name === 'Bug report');
  const request = await apiAs(requester, '/zooport/requests', {
    method: 'POST',
    body: {
      teamRef,
      typeId: bugType.id,
      title,
      description: 'The login test fails one run in five.',
    },
  });

  await page.goto(`${frontendUrl}/zooport/requests/${request.id}`);
  await page.getByRole('button', { name: 'Resolve…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resolve the request' });
  await dialog
    .getByLabel('Resolution')
    .selectOption({ label: 'Bug ticket created' });
  await dialog
    .getByText('Leave it empty to file a Bug in the Jira project KOALA')
    .waitFor();
  await screenshot(page, 'jira-resolve-dialog');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await dialog.waitFor({ state: 'detached' });

  // The backend's task files queued issues every 30 seconds.
  const issue = page.getByRole('link', { name: /^KOALA-1/ });
  const deadline = Date.now() + 120_000;
  while (!(await issue.isVisible())) {
    assert.ok(Date.now() < deadline, 'the issue was filed within two minutes');
    await page.waitForTimeout(5_000);
    await page.reload();
    await page.getByRole('heading', { name: title }).waitFor();
  }
  assert.equal(
    await issue.getAttribute('href'),
    `http://127.0.0.1:${jiraPort}/browse/KOALA-1`,
  );
  assert.deepEqual(await accessibilityProblems(page), []);
  await page
    .getByRole('region', { name: 'Resolution' })
    .scrollIntoViewIfNeeded();
  await screenshot(page, 'jira-issue-on-request');

  assert.equal(calls.length, 1);
  const [call] = calls;
  assert.equal(call.method, 'POST');
  assert.equal(call.path, '/rest/api/2/issue');
  assert.equal(call.authorization, 'Bearer e2e-jira-token');
  assert.deepEqual(call.body.fields.project, { key: 'KOALA' });
  assert.deepEqual(call.body.fields.issuetype, { name: 'Bug' });
  assert.equal(call.body.fields.summary, title);
  assert.deepEqual(call.body.fields.labels, [
    'zooport',
    'test-engineering',
    'bug-report',
  ]);
  assert.match(
    call.body.fields.description,
    new RegExp(`${frontendUrl}/zooport/requests/${request.id}`),
  );
});
