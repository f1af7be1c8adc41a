import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

const run = Date.now();
const helpsWith = `Schemas, slow queries and backups (e2e ${run})`;
const typeName = `Schema review ${run}`;

const session = signedInSession();

test("a Zooport admin edits the database team's desk on its paw tab", async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/database-administrators/zooport`,
  );
  await session.page.getByRole('button', { name: 'Edit desk' }).click();

  const dialog = session.page.getByRole('dialog', {
    name: 'The elephant’s desk',
  });
  await dialog.getByLabel('What we help with').fill(helpsWith);
  await screenshot(session.page, 'desk-profile-editor');
  await dialog.getByRole('button', { name: 'Save desk' }).click();
  await dialog.waitFor({ state: 'detached' });

  await session.page.getByText(helpsWith).waitFor();
  await screenshot(session.page, 'desk-profile-saved');
});

test('a new request type is offered when asking the desk', async () => {
  await session.page.getByRole('button', { name: 'New request type' }).click();
  const editor = session.page.getByRole('dialog', {
    name: 'New request type',
  });
  await editor.getByLabel('Name').fill(typeName);
  await editor
    .getByLabel('Description')
    .fill('A second pair of eyes on a migration before it runs.');
  await editor.getByLabel('Approvers').pressSequentially('Priya');
  await session.page.getByRole('option', { name: /Priya Sharma/ }).click();
  await editor.getByRole('button', { name: 'Priya Sharma' }).waitFor();
  await screenshot(session.page, 'request-type-editor');
  await editor.getByRole('button', { name: 'Create' }).click();
  await editor.waitFor({ state: 'detached' });
  const types = session.page.getByRole('list', { name: 'Request types' });
  await types.getByText(typeName).waitFor();
  await types.getByText(/Approved by Priya Sharma/).waitFor();

  await session.page
    .getByRole('button', { name: 'Request support from the elephant' })
    .click();
  const intake = session.page.getByRole('dialog', { name: 'Ask the elephant' });
  await intake
    .getByLabel('Request type')
    .locator('option', { hasText: typeName })
    .waitFor({ state: 'attached' });
  await intake.getByRole('button', { name: 'Cancel' }).click();
  await intake.waitFor({ state: 'detached' });
});
