import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  accessibilityProblems,
  dialogClosed,
  screenshot,
  signedInSession,
} from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// A member of the platform team (not a Zooport admin) writes a scenario,
// plans a workshop that is under way and runs it with the team.
const run = Date.now();
const scenarioTitle = `The canary never turns healthy (e2e ${run})`;
const actionTitle = `Link the canary logs from the playbook (e2e ${run})`;
const pawTab = `${frontendUrl}/catalog/default/group/platform-software/zooport`;

const session = signedInSession('lars.eriksson');
let roomUrl;

/** `yyyy-MM-ddTHH:mm` on this machine's clock, which the browser shares. */
function localInputValue(date) {
  const two = number => String(number).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(
    date.getDate(),
  )}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

test('a team member writes a scenario into the deck', async () => {
  const { page } = session;
  await page.goto(pawTab);
  await page.getByText('Scenario deck').waitFor();
  await page.getByText(/ready of \d+ \(2 per team member/).waitFor();
  await page.getByRole('button', { name: 'New scenario' }).click();

  const editor = page.getByRole('dialog', { name: 'New scenario' });
  await editor.getByLabel('Title').fill(scenarioTitle);
  await editor
    .getByLabel(/What happens/)
    .fill('Mei writes in #ask-platform: "my deploy has waited for an hour"');
  await editor
    .getByLabel(/Evidence/)
    .fill('```\ncanary: waiting for 0/3 healthy pods\n```');
  await editor
    .getByLabel('Notes for the facilitator')
    .fill('The canary pods crash-loop: a secret is missing.');
  await editor.getByLabel('Draft: kept out of the draws').uncheck();
  await editor.getByRole('button', { name: 'Create' }).click();
  await dialogClosed(editor);

  await page.getByText(scenarioTitle).waitFor();
  await page.getByText('Scenario deck').scrollIntoViewIfNeeded();
  await screenshot(page, 'readiness-deck');
  assert.deepEqual(await accessibilityProblems(page, 'main'), []);
});

test('the member plans a workshop under way with two participants', async () => {
  const { page } = session;
  await page.getByRole('button', { name: 'Plan a workshop' }).click();
  const planner = page.getByRole('dialog', { name: 'Plan a workshop' });
  // Started 80 minutes ago, for 90: the 15-minute reminder shows.
  await planner
    .getByLabel(/Starts \(your time/)
    .fill(localInputValue(new Date(Date.now() - 80 * 60_000)));
  await planner.getByLabel('Duration (minutes)').fill('90');
  await planner
    .getByLabel('Facilitator')
    .selectOption({ label: 'Lars Eriksson' });
  await planner.getByLabel('Lars Eriksson').check();
  await planner.getByLabel('Mei Chen').check();
  const planned = page.waitForResponse(
    response =>
      response.url().endsWith('/workshops') &&
      response.request().method() === 'POST',
  );
  await planner.getByRole('button', { name: 'Plan' }).click();
  const workshop = await (await planned).json();
  await dialogClosed(planner);
  await page
    .getByRole('heading', { name: 'Under way now' })
    .locator('..')
    .getByRole('link')
    .first()
    .waitFor();
  roomUrl = `${frontendUrl}/zooport/workshops/default/platform-software/${workshop.id}`;
});

test('the room passes the hat twice, takes a note in each column and an action', async () => {
  const { page } = session;
  await page.goto(roomUrl);
  await page.getByText('Open actions from earlier workshops').waitFor();
  await page.getByText(/minutes left: time to wrap up/).waitFor();

  await page.getByRole('button', { name: 'Pass the hat' }).click();
  const draws = page.getByRole('list', { name: 'Draws' });
  await draws.getByText(/^1\. Lars Eriksson drew/).waitFor();
  await page.getByRole('button', { name: 'Pass the hat' }).click();
  await draws.getByText(/^2\. Mei Chen drew/).waitFor();
  await page.getByText('Mei Chen’s turn', { exact: true }).waitFor();

  await page
    .getByLabel('Scribe: the steps taken')
    .fill('Looked at the canary pods; found the crash loop.');
  await page.getByText('Saved', { exact: true }).waitFor();

  for (const [column, text] of [
    ['What’s crappy', `Nobody knew where the canary logs are (${run})`],
    ['What’s awesome', `The crash loop was found in minutes (${run})`],
    ['Actions', `The playbook needs the log query (${run})`],
  ]) {
    await page.getByLabel(`Note for ${column}`, { exact: true }).fill(text);
    const added = page.waitForResponse(
      response =>
        response.url().endsWith('/notes') &&
        response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: `Add to ${column}` }).click();
    const answer = await added;
    assert.ok(
      answer.ok(),
      `${column}: ${answer.status()} ${await answer.text()}`,
    );
    await page.getByRole('region', { name: column }).getByText(text).waitFor();
  }

  await page.getByRole('button', { name: 'New action' }).click();
  const form = page.getByRole('dialog', { name: 'New action' });
  await form.getByLabel('What to do').fill(actionTitle);
  await form.getByLabel('Owner').selectOption({ label: 'Mei Chen' });
  await form.getByRole('button', { name: 'Create the action' }).click();
  await dialogClosed(form);
  await page.getByText(actionTitle).waitFor();
  await page.waitForLoadState('networkidle');

  await screenshot(page, 'readiness-room');
  // Scrolled down, axe measures the page header's tabs against what passes
  // under them; at the top they are measured as people see them.
  await page.getByRole('tab', { name: 'Room' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'readiness-room-top');
  assert.deepEqual(await accessibilityProblems(page, 'main'), []);
});

test('the retrospective shows every note and the action', async () => {
  const { page } = session;
  await page.getByRole('tab', { name: 'Retrospective' }).click();
  await page
    .getByText(`Nobody knew where the canary logs are (${run})`)
    .waitFor();
  await page
    .getByText(`The crash loop was found in minutes (${run})`)
    .waitFor();
  await page.getByText(`The playbook needs the log query (${run})`).waitFor();
  await page.getByText(actionTitle).waitFor();
  await screenshot(page, 'readiness-retrospective');
  assert.deepEqual(await accessibilityProblems(page, 'main'), []);
});

test('the room reads well in the dark theme', async () => {
  const { page } = session;
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.goto(roomUrl);
  await page.getByRole('list', { name: 'Draws' }).waitFor();
  await screenshot(page, 'readiness-room-dark');
  await page.evaluate(() => localStorage.setItem('theme', 'light'));
});

test('the open action shows on the paw tab until it is done', async () => {
  const { page } = session;
  await page.goto(pawTab);
  await page.getByText('Open readiness actions').waitFor();
  await page
    .getByRole('button', { name: `Mark “${actionTitle}” done` })
    .click();
  await page.getByText(actionTitle).waitFor({ state: 'detached' });
});

test('putting a rotation member back to observer warns about their next shifts, and ready clears it', async () => {
  const { page } = session;
  await page.goto(pawTab);
  const card = page
    .locator('.MuiCard-root')
    .filter({ has: page.getByText('Onboarding stages', { exact: true }) });
  const stage = card.getByRole('combobox', { name: 'Stage of tomas.novak' });
  const warnings = card
    .getByRole('alert', { name: 'Readiness warnings' })
    .getByRole('listitem')
    .filter({ hasText: /Tomas Novak|tomas\.novak/ });

  await stage.selectOption({ label: 'Observer' });
  // On duty as primary, or as second before a week of observing.
  await warnings
    .filter({
      hasText:
        /primary while observer|a newcomer on duty before a week of observing/,
    })
    .first()
    .waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'readiness-stage-warning');

  await stage.selectOption({ label: 'Ready' });
  await page.waitForFunction(
    () =>
      ![
        ...document.querySelectorAll('[aria-label="Readiness warnings"] li'),
      ].some(item => /Tomas Novak|tomas\.novak/.test(item.textContent)),
  );
  assert.equal(await stage.inputValue(), 'ready');
});
