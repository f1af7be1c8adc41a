import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// The demo's request history (zooport.seedRequestHistory) gives the charts
// something to show.
const session = signedInSession();

const charts = [
  'Filed and resolved',
  'Within SLA',
  'Time to respond and resolve',
  'Arrivals by weekday and hour',
  'Resolutions and deflection',
  'Load per person',
  'Interrupt time',
  'Documentation gaps',
];

test("the Insights tab lists every desk's key figures", async () => {
  await session.page.goto(`${frontendUrl}/zooport/insights`);
  const desks = session.page.getByRole('table', {
    name: 'Key figures per desk',
  });
  const turtle = desks.getByRole('row').filter({ hasText: 'turtle' });
  await turtle.waitFor();
  const [, filedCell] = await turtle.getByRole('cell').allInnerTexts();
  // The figure, then its change since the period before on a line of its own.
  const [filed] = filedCell.split('\n');
  assert.ok(Number(filed) > 0, `the turtle desk had requests filed: ${filed}`);
  await screenshot(session.page, 'insights-tab');
});

test("a desk's charts show, each with a link to its requests", async () => {
  await session.page
    .getByRole('combobox', { name: 'Desk' })
    .selectOption({ index: 1 });
  for (const title of charts) {
    await session.page.getByText(title, { exact: true }).first().waitFor();
  }
  await session.page
    .getByRole('img', { name: /filed/i })
    .locator('svg')
    .first()
    .waitFor();
  const link = session.page.getByRole('link', {
    name: 'See the requests: Filed and resolved',
  });
  assert.match(await link.getAttribute('href'), /^\/zooport\/requests\?/);
  await screenshot(session.page, 'insights-desk-charts');
});

test('the paw tab keeps the range in its address', async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  const insights = session.page.locator('#insights');
  await insights.scrollIntoViewIfNeeded();
  await insights
    .getByRole('combobox', { name: 'Range' })
    .selectOption({ label: 'Last 13 weeks' });
  await session.page.waitForURL(/range=13w/);
  await session.page
    .getByText('Filed and resolved', { exact: true })
    .first()
    .waitFor();
  await screenshot(session.page, 'paw-tab-insights');
});
