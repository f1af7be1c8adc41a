import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// The desk's daily work as the demo user, a member of the platform team (the
// turtle), on requests Priya from the database team files with it.
const requester = 'priya.sharma';
const platformTeam = 'group:default/platform-software';
const run = Date.now();

const session = signedInSession();

async function fileWithTheTurtle(title) {
  const { items: types } = await apiAs(
    requester,
    '/zooport/desks/default/platform-software/request-types',
  );
  const question = types.find(type => type.name === 'Question');
  const request = await apiAs(requester, '/zooport/requests', {
    method: 'POST',
    body: {
      teamRef: platformTeam,
      typeId: question.id,
      title,
      description: 'Filed by the end-to-end tests.',
    },
  });
  return `/zooport/requests/${request.id}`;
}

async function openRequest(path, title) {
  await session.page.goto(`${frontendUrl}${path}`);
  await session.page.getByRole('heading', { name: title }).waitFor();
}

function historyLine(text) {
  return session.page.getByRole('listitem').filter({ hasText: text });
}

const original = `Which Kafka topic holds audit events? (e2e ${run})`;
let originalPath;

test('waiting for the requester says what is asked of them', async () => {
  originalPath = await fileWithTheTurtle(original);
  await openRequest(originalPath, original);
  await session.page
    .getByRole('button', { name: 'Wait for requester…' })
    .click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Ask the requester',
  });
  await dialog
    .getByLabel('What do you need from them?')
    .fill('Which service writes the events you need?');
  await screenshot(session.page, 'wait-for-requester-dialog');
  await dialog.getByRole('button', { name: 'Ask and wait' }).click();
  await dialog.waitFor({ state: 'detached' });
  await session.page.getByText(/^Waiting for requester · /).waitFor();
  await historyLine('Which service writes the events you need?').waitFor();
  await screenshot(session.page, 'request-page-waiting-for-requester');
});

test('a request is handed to a teammate picked by name', async () => {
  assert.ok(originalPath, 'the request was filed');
  await session.page.getByRole('button', { name: 'Hand over…' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Hand the request over',
  });
  await dialog.getByLabel('To').selectOption({ label: 'Mei Chen' });
  await screenshot(session.page, 'hand-over-dialog');
  await dialog.getByRole('button', { name: 'Hand over' }).click();
  await dialog.waitFor({ state: 'detached' });
  await historyLine('handed the request to Mei Chen').waitFor();
  await screenshot(session.page, 'request-page-handed-over');
});

test('a duplicate names its original by title, and the time spent is kept', async () => {
  assert.ok(originalPath, 'the original was filed');
  const duplicate = `Audit events topic? (e2e ${run})`;
  const path = await fileWithTheTurtle(duplicate);
  await openRequest(path, duplicate);
  await session.page.getByRole('button', { name: 'Resolve…' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Resolve the request',
  });
  await dialog.getByLabel('Resolution').selectOption({ label: 'Duplicate' });
  await dialog.getByLabel(/The original request/).fill('Kafka audit');
  await session.page.getByRole('option').filter({ hasText: original }).click();
  await dialog.getByLabel('Time spent').fill('25 min');
  await screenshot(session.page, 'resolve-dialog-duplicate-picker');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await dialog.waitFor({ state: 'detached' });

  const resolution = session.page.getByRole('region', { name: 'Resolution' });
  const link = resolution.getByRole('link', { name: original });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), originalPath);
  const spent = session.page.getByRole('row').filter({ hasText: 'Time spent' });
  await spent.getByText('25 min').waitFor();
  await screenshot(session.page, 'request-page-duplicate');
});

test('a redirect picks the desk by its animal', async () => {
  const misrouted = `Slow query on the billing database (e2e ${run})`;
  const path = await fileWithTheTurtle(misrouted);
  await openRequest(path, misrouted);
  await session.page.getByRole('button', { name: 'Resolve…' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'Resolve the request',
  });
  await dialog
    .getByLabel('Resolution')
    .selectOption({ label: 'Redirected to another desk' });
  await dialog.getByLabel(/Desk to send it to/).fill('elephant');
  await session.page.getByRole('option', { name: /elephant/i }).click();
  await screenshot(session.page, 'resolve-dialog-redirect-picker');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await dialog.waitFor({ state: 'detached' });
  const resolution = session.page.getByRole('region', { name: 'Resolution' });
  await resolution.getByText('Redirected to another desk').waitFor();
  await resolution
    .getByRole('link', { name: 'Database Administrators' })
    .waitFor();
  await screenshot(session.page, 'request-page-redirected');
});

test('an access request asked on a component names that component', async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/component/deploy-pipeline`,
  );
  await session.page
    .getByRole('button', { name: 'Request support from the turtle' })
    .click();
  const dialog = session.page.getByRole('dialog', { name: 'Ask the turtle' });
  await dialog
    .getByLabel('Request type')
    .selectOption({ label: 'Access request' });
  const field = dialog.getByRole('textbox', {
    name: /System or resource/,
  });
  await session.page.waitForFunction(
    input => input.value.includes('deploy-pipeline'),
    await field.elementHandle(),
  );
  await screenshot(session.page, 'request-dialog-access-prefilled');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('an override that clashes names the person and the times; removing one asks first', async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  // Three weeks ahead on the viewer's clock, a working day's hours.
  const day = new Date();
  day.setDate(day.getDate() + 21);
  const date = day.toISOString().slice(0, 10);
  const addOverride = async () => {
    await session.page
      .getByRole('button', { name: 'Change who is on duty' })
      .click();
    const dialog = session.page.getByRole('dialog', {
      name: 'Change who is on duty',
    });
    await dialog.getByLabel('Who covers').click();
    await session.page.getByRole('option', { name: 'Mei Chen' }).click();
    await dialog.getByLabel('From (your time)').fill(`${date}T09:00`);
    await dialog.getByLabel('Until (your time)').fill(`${date}T17:00`);
    await dialog.getByRole('button', { name: 'Save override' }).click();
    return dialog;
  };

  const first = await addOverride();
  await first.waitFor({ state: 'detached' });
  const clash = await addOverride();
  await clash
    .getByText(
      /Amara Okafor already has an override from .+ \(Europe\/Berlin\)/,
    )
    .waitFor();
  await screenshot(session.page, 'override-clash');
  await clash.getByRole('button', { name: 'Cancel' }).click();
  await clash.waitFor({ state: 'detached' });

  const remove = session.page.getByRole('button', {
    name: 'Remove the override: Mei Chen covers for Amara Okafor',
  });
  await remove.click();
  const confirm = session.page.getByRole('dialog', {
    name: 'Remove the override?',
  });
  await confirm.getByText(/cannot be brought back/).waitFor();
  await screenshot(session.page, 'override-remove-confirmation');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await confirm.waitFor({ state: 'detached' });
  await remove.waitFor({ state: 'detached' });
});

test('a desk that supports a few days a week shows the others calmly', async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/test-engineering/zooport`,
  );
  const shifts = session.page.getByRole('list', { name: 'Coming shifts' });
  await shifts.getByText('no support day').first().waitFor();
  await shifts.scrollIntoViewIfNeeded();
  await screenshot(session.page, 'paw-tab-support-days');
});
