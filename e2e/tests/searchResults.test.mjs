import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
  accessibilityProblems,
  screenshot,
  signedInSession,
} from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// Demo FAQ entries of the platform team (examples/knowledge.yaml), found in
// the portal's search page. The second is also asked as a request every
// week (the demo history), so both result types find it.
const preview = 'How do I get a preview environment for my branch?';
const runner = 'Why is my pipeline stuck in "waiting for runner"?';

const session = signedInSession();

// A collation that runs before the catalog has read every team (right after
// start-up) names the teams by their refs, and a desk of annotations only
// (the security team's) has no animal yet; a later one, every 30 seconds
// here, has them. The tests look at the index once it does.
before(async () => {
  const deadline = Date.now() + 180_000;
  const query = '/search/query?term=rotate%20secret&types%5B0%5D=zooport-entry';
  for (;;) {
    const { results } = await apiAs('amara.okafor', query);
    if (
      results.some(
        ({ document }) =>
          document.teamTitle === 'Security' &&
          document.animal === 'German shepherd',
      )
    ) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error('the search index has no team names and animals');
    }
    await new Promise(resolve => setTimeout(resolve, 5_000));
  }
});

/** The search page's results whose titles link to `path`. */
const resultsLinkingTo = (page, path, title) =>
  page.getByRole('listitem').filter({
    has: page.locator(`a[href^="${path}"]`, {
      hasText: title ?? /./,
    }),
  });

/**
 * Searches until `title` is found: the index takes the demo's documents
 * when the collator runs after start-up, which may be after the portal
 * answers.
 */
async function searchUntilFound(page, words, title) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    await page.goto(`${frontendUrl}/search?query=${encodeURIComponent(words)}`);
    try {
      await page.getByRole('link', { name: title }).first().waitFor({
        timeout: 15_000,
      });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

test('the search page shows a Zooport FAQ entry with its desk and kind', async () => {
  const { page } = session;
  await searchUntilFound(page, 'preview environment', preview);
  const item = resultsLinkingTo(page, '/zooport/knowledge/', preview);
  await item.getByText('The turtle', { exact: true }).waitFor();
  await item.getByText('Platform Software', { exact: true }).waitFor();
  await item.getByText('FAQ', { exact: true }).waitFor();
  // The snippet is the answer as text: no ** or backticks of the markdown.
  const snippet = item.getByText(/label to your pull request/);
  const text = await snippet.textContent();
  assert.match(text, /The deploy pipeline builds the branch/);
  assert.doesNotMatch(text, /[*`]/);
  const marked = await item.locator('mark').allTextContents();
  assert.ok(
    marked.some(word => /^preview$/i.test(word)),
    `"preview" is marked, got ${JSON.stringify(marked)}`,
  );
  await screenshot(page, 'search-results');
  // What Zooport draws inside each <li>: the search page itself lists the
  // results without a <ul> around them.
  assert.deepEqual(
    await accessibilityProblems(
      page,
      'li:has(a[href^="/zooport/"]) > .MuiListItemText-root',
    ),
    [],
    "no serious or critical WCAG problem in Zooport's results",
  );
});

test('the title opens the entry on the Zooport page', async () => {
  const { page } = session;
  await page.getByRole('link', { name: preview }).click();
  await page.getByRole('heading', { name: preview }).waitFor();
  assert.match(page.url(), /\/zooport\/knowledge\/.+/);
});

test('the result type filter narrows to Zooport FAQ & playbooks, and to requests', async () => {
  const { page } = session;
  await searchUntilFound(page, 'waiting for runner', runner);
  const entries = resultsLinkingTo(page, '/zooport/knowledge/');
  const requests = resultsLinkingTo(page, '/zooport/requests/');
  await requests.getByRole('link', { name: runner }).first().waitFor();
  const filter = page.getByRole('navigation', { name: 'filter by type' });

  await filter.getByRole('button', { name: /Zooport FAQ & playbooks/ }).click();
  await page.waitForURL(/zooport-entry/);
  await requests.first().waitFor({ state: 'detached' });
  const entry = entries.filter({ hasText: runner });
  await entry.getByText('FAQ', { exact: true }).waitFor();
  await entry.getByText('The turtle', { exact: true }).waitFor();
  await screenshot(page, 'search-results-zooport-knowledge');

  await filter.getByRole('button', { name: /Zooport requests/ }).click();
  await page.waitForURL(/zooport-request/);
  await entries.first().waitFor({ state: 'detached' });
  const request = requests.filter({ hasText: runner }).first();
  await request.getByText('Request', { exact: true }).waitFor();
  await request.getByText('Platform Software', { exact: true }).waitFor();
  await screenshot(page, 'search-results-zooport-requests');
});
