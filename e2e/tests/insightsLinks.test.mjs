import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  launchBrowser,
  pageSignedInAs,
  screenshot,
  signedInPage,
} from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// A desk's charts link the requests behind them: the request list opens
// narrowed exactly so, with chips that say how and widen it when removed.
// The demo's request history (zooport.seedRequestHistory) gives the
// charts something to count.
const turtle = 'group:default/platform-software';
const turtleInsights = `${frontendUrl}/zooport/insights?range=4w&desk=${encodeURIComponent(
  turtle,
)}`;
const turtlePawTab = `${frontendUrl}/catalog/default/group/platform-software/zooport?range=4w#insights`;
// Of the database team: another team's member, who reads the turtle's desk.
const outsider = 'priya.sharma';

let browser;
let memberPage;
let outsiderPage;

before(async () => {
  browser = await launchBrowser();
  memberPage = await signedInPage(browser);
  outsiderPage = await pageSignedInAs(browser, outsider);
});

after(async () => {
  await browser?.close();
});

const narrowings = page =>
  page.getByRole('list', { name: 'Also narrowed to' }).getByRole('listitem');

/** The request list's table, once it has loaded. */
async function requestTable(page) {
  const table = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Title' }) });
  await table.waitFor();
  return table;
}

const requestLinks = 'table tbody tr a[href*="/zooport/requests/"]';

/** Waits until the request list is not loading any more. */
async function listSettled(page) {
  await page.waitForFunction(
    () =>
      !document.querySelector('[role="progressbar"]') &&
      ![...document.querySelectorAll('button')].some(
        button => button.textContent === 'Loading…',
      ),
  );
}

/**
 * The ids of every request the list shows, after loading each page
 * (`Load more`) until there is none left.
 */
async function everyListedRequest(page) {
  await requestTable(page);
  for (;;) {
    await listSettled(page);
    const shown = await page.locator(requestLinks).count();
    // Clicked in the page: the button turns into "Loading…" at once.
    const more = await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        candidate => candidate.textContent === 'Load more',
      );
      button?.click();
      return Boolean(button);
    });
    if (!more) {
      break;
    }
    await page.waitForFunction(
      ({ selector, count }) =>
        document.querySelectorAll(selector).length > count ||
        ![...document.querySelectorAll('button')].some(button =>
          ['Load more', 'Loading…'].includes(button.textContent),
        ),
      { selector: requestLinks, count: shown },
    );
  }
  return page
    .locator(requestLinks)
    .evaluateAll(links =>
      links.map(link => link.getAttribute('href').split('/').pop()),
    );
}

/** The chips that say how the list is narrowed, once `first` shows. */
async function chipsOnceShown(page, first) {
  await narrowings(page).filter({ hasText: first }).first().waitFor();
  return narrowings(page).allInnerTexts();
}

/** Removes a chip; the list then shows more than `shown` requests. */
async function removeChip(page, label, shown) {
  await page.getByRole('img', { name: `Remove: ${label}` }).click();
  await narrowings(page)
    .filter({ hasText: label })
    .waitFor({ state: 'detached' });
  const widened = await everyListedRequest(page);
  assert.ok(
    widened.length > shown,
    `without "${label}" the list shows ${widened.length} requests, not just ${shown}`,
  );
}

/** The desk's charts on the Insights tab, drawn. */
async function openTurtleCharts(page) {
  await page.goto(turtleInsights);
  await page
    .getByRole('link', { name: 'See the requests: Filed and resolved' })
    .waitFor();
}

test('a bucket of the figures table lists exactly the requests filed in it', async () => {
  await openTurtleCharts(memberPage);
  await memberPage.getByText('Figures per day').click();
  const rows = memberPage.getByRole('row').filter({
    has: memberPage.getByRole('link', { name: /^Requests filed in/ }),
  });
  const figures = await rows.evaluateAll(trs =>
    trs.map(tr => ({
      label: tr.querySelector('th').textContent,
      filed: Number(tr.querySelector('td').textContent),
    })),
  );
  const busy = figures.find(({ filed }) => filed > 0);
  assert.ok(busy, `some day had requests filed: ${JSON.stringify(figures)}`);
  await memberPage
    .getByRole('link', { name: `Requests filed in ${busy.label}` })
    .click();

  await memberPage.waitForURL(/\/zooport\/requests\?.*filedFrom=/);
  const address = new URL(memberPage.url());
  assert.equal(address.searchParams.get('queue'), 'desks');
  assert.equal(address.searchParams.get('desk'), turtle);
  assert.equal(address.searchParams.get('status'), 'all');
  const chips = await chipsOnceShown(memberPage, /^Filed /);
  assert.equal(chips.length, 1, `one chip: ${chips}`);
  // The chip names the desk's day, whatever the viewer's zone.
  const [year, month, day] = address.searchParams
    .get('filedFrom')
    .slice(0, 10)
    .split('-')
    .map(Number);
  const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString(
    'en-US',
    { month: 'short', timeZone: 'UTC' },
  );
  assert.equal(chips[0], `Filed ${day} ${monthName}`);
  const listed = await everyListedRequest(memberPage);
  assert.equal(
    listed.length,
    busy.filed,
    `the ${busy.label} bucket counted ${busy.filed} filed`,
  );
  await screenshot(memberPage, 'insights-link-bucket');

  await removeChip(memberPage, chips[0], listed.length);
  assert.equal(await narrowings(memberPage).count(), 0);
  assert.equal(new URL(memberPage.url()).searchParams.get('filedFrom'), null);
});

test('a resolution category lists the requests resolved that way, and its chip widens the list', async () => {
  await openTurtleCharts(memberPage);
  const categories = memberPage
    .getByRole('list', { name: 'Requests by resolution' })
    .getByRole('listitem');
  await categories.first().waitFor();
  const counted = (await categories.allInnerTexts()).map(text => {
    const [, name, requests] = text.match(/^(.+): (\d+)$/);
    return { name, requests: Number(requests) };
  });
  // The smallest category, so that the list loads in few pages.
  const [category] = counted
    .filter(({ requests }) => requests > 0)
    .sort((a, b) => a.requests - b.requests);
  await categories.getByRole('link', { name: category.name }).click();

  await memberPage.waitForURL(/\/zooport\/requests\?.*category=/);
  const chips = await chipsOnceShown(memberPage, /^Resolved as: /);
  assert.equal(chips.length, 2, `two chips: ${chips}`);
  assert.match(chips[0], /^Resolved /);
  assert.equal(
    chips[1],
    `Resolved as: ${category.name.toLocaleLowerCase('en')}`,
  );
  const categoryId = new URL(memberPage.url()).searchParams.get('category');
  const listed = await everyListedRequest(memberPage);
  assert.equal(listed.length, category.requests, category.name);
  for (const id of listed.slice(0, 5)) {
    const request = await apiAs(outsider, `/zooport/requests/${id}`);
    assert.equal(
      request.resolution?.category,
      categoryId,
      `${request.title} was resolved as ${category.name}`,
    );
  }
  await screenshot(memberPage, 'insights-link-resolution');

  await removeChip(memberPage, chips[1], listed.length);
  assert.deepEqual(await narrowings(memberPage).allInnerTexts(), [chips[0]]);
  assert.equal(new URL(memberPage.url()).searchParams.get('category'), null);
  await screenshot(memberPage, 'insights-link-resolution-widened');
});

test('a costly request type lists the requests of that type resolved in the range', async () => {
  await openTurtleCharts(memberPage);
  const costliest = memberPage
    .getByRole('heading', { name: 'Costliest request types' })
    .locator('xpath=following-sibling::ol[1]')
    .getByRole('listitem');
  await costliest.first().waitFor();
  const text = await costliest.first().innerText();
  const [, typeName, requests] = text.match(/^(.+): .* over (\d+) requests?$/);
  await costliest.first().getByRole('link', { name: typeName }).click();

  await memberPage.waitForURL(/\/zooport\/requests\?.*type=/);
  const typeId = new URL(memberPage.url()).searchParams.get('type');
  // The chip names the type once the desk's types are read.
  const chips = await chipsOnceShown(memberPage, `Type: ${typeName}`);
  assert.equal(chips.length, 2, `two chips: ${chips}`);
  assert.match(chips[0], /^Resolved /);
  assert.equal(chips[1], `Type: ${typeName}`);
  const listed = await everyListedRequest(memberPage);
  assert.equal(listed.length, Number(requests), typeName);
  for (const id of listed.slice(0, 5)) {
    const request = await apiAs(outsider, `/zooport/requests/${id}`);
    assert.equal(request.typeId, typeId, `${request.title} is a ${typeName}`);
  }
  await screenshot(memberPage, 'insights-link-type');

  await removeChip(memberPage, chips[1], listed.length);
  assert.deepEqual(await narrowings(memberPage).allInnerTexts(), [chips[0]]);
});

test("another team's member follows a chart's link and reads the list, without the desk's actions", async () => {
  await outsiderPage.goto(turtlePawTab);
  const insights = outsiderPage.locator('#insights');
  const link = insights.getByRole('link', {
    name: 'See the requests: Filed and resolved',
  });
  await link.scrollIntoViewIfNeeded();
  const filedFigure = insights
    .locator('dt', { hasText: /^Filed$/ })
    .locator('xpath=following-sibling::dd[1]/span[1]');
  const filed = Number(await filedFigure.innerText());
  await link.click();

  await outsiderPage.waitForURL(/\/zooport\/requests\?.*filedFrom=/);
  assert.equal(
    await outsiderPage.getByRole('combobox', { name: 'Desk' }).inputValue(),
    turtle,
  );
  const chips = await chipsOnceShown(outsiderPage, /^Filed /);
  assert.equal(chips.length, 1, `one chip: ${chips}`);
  assert.match(chips[0], /^Filed /);
  const listed = await everyListedRequest(outsiderPage);
  assert.equal(listed.length, filed, 'as many as the desk filed in the range');
  await screenshot(outsiderPage, 'insights-link-outsider-list');

  const table = await requestTable(outsiderPage);
  const openRow = table
    .locator('tbody tr')
    .filter({ hasNotText: /Resolved|Closed/ })
    .first();
  const requestLink = openRow.getByRole('link').first();
  const title = await requestLink.innerText();
  const id = (await requestLink.getAttribute('href')).split('/').pop();
  await requestLink.click();
  await outsiderPage.getByRole('heading', { name: title }).waitFor();
  const request = await apiAs(outsider, `/zooport/requests/${id}`);
  assert.equal(request.may.update, false, 'the outsider may not work on it');
  for (const deskAction of ['Acknowledge', 'Resolve…', 'Assign to me']) {
    assert.equal(
      await outsiderPage.getByRole('button', { name: deskAction }).count(),
      0,
      `the outsider is not offered "${deskAction}"`,
    );
  }
  assert.equal(
    await outsiderPage.getByLabel('Internal note, for the desk only').count(),
    0,
  );
  await screenshot(outsiderPage, 'insights-link-outsider-request');
});
