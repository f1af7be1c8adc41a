import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityProblems,
  launchBrowser,
  pageSignedInAs,
  screenshot,
} from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// Three members of the platform team answer this month's confidence
// survey from the notification's link; the trend then shows the month's
// median.
const surveyPage = `${frontendUrl}/catalog/default/group/platform-software/zooport?survey=answer`;
/** The month as the chart names it, e.g. "Dec 2026". */
const thisMonth = new Date().toLocaleString('en-GB', {
  month: 'short',
  year: 'numeric',
});

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Opens the survey as `userName` and answers `score` with one click. */
async function answer(userName, score) {
  const page = await pageSignedInAs(browser, userName);
  await page.goto(surveyPage);
  const card = page.locator('#confidence-survey');
  await card
    .getByText(/how confident do you feel supporting/)
    .first()
    .waitFor();
  return {
    page,
    card,
    click: () => card.getByRole('button', { name: `${score} of 10` }).click(),
  };
}

test('three team members answer the survey in one click each', async () => {
  const first = await answer('lars.eriksson', 8);
  await screenshot(first.page, 'survey-question');
  assert.deepEqual(
    await accessibilityProblems(first.page, '#confidence-survey'),
    [],
  );
  await first.card
    .getByLabel(/Comment/)
    .fill('The canary playbook helped a lot');
  await first.click();
  await first.card.getByText("You answered this month's survey").waitFor();

  for (const [userName, score] of [
    ['mei.chen', 6],
    ['tomas.novak', 7],
  ]) {
    const next = await answer(userName, score);
    await next.click();
    await next.card.getByText("You answered this month's survey").waitFor();
    await next.page.close();
  }

  // Lars comes back: answered, and the month's median shows.
  await first.page.reload();
  await first.card.getByText("You answered this month's survey").waitFor();
  const trend = first.card.getByRole('img', {
    name: new RegExp(`${thisMonth}: median 7`),
  });
  await trend.waitFor();
  // The median's dot is drawn once the chart's entry animation is over.
  await trend.locator('.recharts-line-dots circle').first().waitFor();
  await first.card.scrollIntoViewIfNeeded();
  await screenshot(first.page, 'survey-trend');
  assert.deepEqual(
    await accessibilityProblems(first.page, '#confidence-survey'),
    [],
  );
  await first.page.close();
});
