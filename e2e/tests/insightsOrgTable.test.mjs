import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// The demo's request history (zooport.seedRequestHistory) covers the last
// 12 weeks: the 4 weeks before the last 4 have requests, the 13 weeks
// before the last 13 none.
const session = signedInSession();

/** The turtle desk's figures in the Insights tab's table, by term. */
async function turtleFigures(page) {
  const table = page.getByRole('table', { name: 'Key figures per desk' });
  const turtle = table.getByRole('row').filter({ hasText: 'turtle' });
  await turtle.waitFor();
  const terms = await table
    .getByRole('columnheader')
    .evaluateAll(headers => headers.slice(1).map(th => th.textContent));
  // The desk's own cell comes first. A change shows only its amount; the
  // whole comparison is its title.
  const [, ...cells] = await turtle.getByRole('cell').evaluateAll(tds =>
    tds.map(td => {
      const change = td.querySelector('[title]');
      return {
        value: td.firstChild?.textContent,
        change: change?.getAttribute('title') ?? undefined,
        shown: change?.innerText.split('\n')[0],
      };
    }),
  );
  return Object.fromEntries(terms.map((term, index) => [term, cells[index]]));
}

test("each desk's figures show their change since the period before, as the desk's own headline does", async () => {
  await session.page.goto(`${frontendUrl}/zooport/insights?range=4w`);
  const figures = await turtleFigures(session.page);
  assert.ok(Number(figures.Filed.value) > 0, 'the turtle desk had requests');
  assert.match(
    figures.Filed.change ?? '',
    /^([+−]\d+ vs previous period|same as previous period)$/,
    'filed against the 4 weeks before',
  );
  assert.ok(
    figures.Filed.change.startsWith(figures.Filed.shown),
    `"${figures.Filed.shown}" starts "${figures.Filed.change}"`,
  );
  await screenshot(session.page, 'insights-org-table-4w');

  await session.page
    .getByRole('combobox', { name: 'Desk' })
    .selectOption('group:default/platform-software');
  const headline = session.page
    .locator('dt', { hasText: /^Filed$/ })
    .locator('xpath=following-sibling::dd[1]');
  await headline.waitFor();
  assert.deepEqual((await headline.innerText()).split('\n'), [
    figures.Filed.value,
    figures.Filed.change,
  ]);
});

test('the range picker changes the address and the figures', async () => {
  const before = await turtleFigures(session.page);
  await session.page
    .getByRole('combobox', { name: 'Range' })
    .selectOption({ label: 'Last 13 weeks' });
  await session.page.waitForURL(/range=13w/);
  await session.page.waitForFunction(
    filed =>
      [
        ...document.querySelectorAll(
          'table[aria-label="Key figures per desk"] tbody tr',
        ),
      ].some(
        row =>
          row.textContent.includes('turtle') &&
          row.querySelector('td').firstChild.textContent !== filed,
      ),
    before.Filed.value,
  );
  const after = await turtleFigures(session.page);
  assert.ok(
    Number(after.Filed.value) > Number(before.Filed.value),
    `13 weeks hold more than 4: ${after.Filed.value} vs ${before.Filed.value}`,
  );
  // Nothing was filed in the 13 weeks before: all of it is new.
  assert.equal(after.Filed.change, `+${after.Filed.value} vs previous period`);
  const deskLink = session.page
    .getByRole('table', { name: 'Key figures per desk' })
    .getByRole('link', { name: /turtle/ });
  assert.match(await deskLink.getAttribute('href'), /range=13w/);
  await screenshot(session.page, 'insights-org-table-13w');
});
