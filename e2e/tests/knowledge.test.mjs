import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// The steps follow one person: search, read, vote; then ask the zoo.
const question = 'How do I get a preview environment for my branch?';

const session = signedInSession();

test('the Knowledge base tab lists the entries of every desk', async () => {
  await session.page.getByRole('link', { name: 'Zooport' }).click();
  await session.page.getByRole('tab', { name: 'Knowledge base' }).click();
  await session.page.getByRole('link', { name: question }).waitFor();
  await session.page
    .getByRole('link', { name: 'Restore a database from backup' })
    .waitFor();
  assert.match(session.page.url(), /\/zooport\/knowledge$/);
  await screenshot(session.page, 'knowledge-base');
});

test('a search marks the words it found', async () => {
  await session.page
    .getByLabel('Search the knowledge base')
    .fill('preview environment');
  await session.page.getByText('for “preview environment”').waitFor();
  const result = session.page
    .getByRole('listitem')
    .filter({ hasText: question });
  // The browse list may still show until the search answers.
  await result.locator('mark').first().waitFor();
  const marked = await result.locator('mark').allTextContents();
  assert.ok(
    marked.some(word => /^preview$/i.test(word)),
    `"preview" is marked, got ${JSON.stringify(marked)}`,
  );
  assert.match(session.page.url(), /q=preview\+environment/);
  await screenshot(session.page, 'knowledge-search');
});

test('the entry shows its answer, and "This helped" counts the vote', async () => {
  await session.page.getByRole('link', { name: question }).click();
  await session.page.getByRole('heading', { name: question }).waitFor();
  await session.page
    .getByText('Add the preview label to your pull request', { exact: false })
    .waitFor();
  await session.page.getByText('The turtle', { exact: true }).waitFor();
  await session.page.getByText('Revision 1 (current)').waitFor();
  await screenshot(session.page, 'knowledge-entry');

  // One vote per person: a second vote replaces the first, so the counts
  // move the same way however this person voted before.
  const count = async name =>
    Number(
      (
        await session.page
          .getByRole('button', { name: new RegExp(`^${name} \\(`) })
          .textContent()
      ).match(/\((\d+)\)/)[1],
    );
  await session.page.getByRole('button', { name: /^This didn't help/ }).click();
  await session.page
    .getByText('Thank you. Voting again changes your vote.')
    .waitFor();
  await session.page
    .getByRole('button', { name: /^This didn't help \([1-9]/ })
    .waitFor();
  const helped = await count('This helped');
  const notHelped = await count("This didn't help");

  await session.page.getByRole('button', { name: /^This helped/ }).click();
  await session.page
    .getByRole('button', { name: `This helped (${helped + 1})` })
    .waitFor();
  await session.page
    .getByRole('button', { name: `This didn't help (${notHelped - 1})` })
    .waitFor();
  await screenshot(session.page, 'knowledge-entry-voted');
});

test('the zoo says which animal to ask about postgres backup', async () => {
  await session.page.goto(`${frontendUrl}/zooport`);
  await session.page
    .getByLabel('Which animal do I ask about …?')
    .fill('postgres backup');
  const card = session.page.getByRole('region', {
    name: 'Which animal do I ask?',
  });
  await card.getByText('The elephant', { exact: true }).waitFor();
  await card
    .getByRole('link', { name: 'Restore a database from backup' })
    .waitFor();
  await screenshot(session.page, 'zoo-which-animal');
});
