import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signedInSession } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

const session = signedInSession();

const shiftsText = () =>
  session.page.evaluate(
    () =>
      document.querySelector('table[aria-label="Next shifts"] tbody')
        ?.textContent,
  );

test("the platform team's paw tab shows the coming shifts and the calendar", async () => {
  await session.page.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  await session.page.getByRole('list', { name: 'Coming shifts' }).waitFor();
  await session.page
    .getByRole('link', { name: /Subscribe to the calendar/ })
    .waitFor();
  await screenshot(session.page, 'paw-tab-schedule');
});

test('the rotation editor previews the change before saving', async () => {
  await session.page.getByRole('button', { name: 'Edit rotation' }).click();
  const dialog = session.page.getByRole('dialog');
  await dialog.getByRole('table', { name: 'Next shifts' }).waitFor();
  await dialog
    .getByText(/\(primary\)/)
    .first()
    .waitFor();
  const before = await shiftsText();
  await screenshot(session.page, 'rotation-editor');

  // Whoever is on duty now stays on duty; the shifts after change hands.
  await dialog
    .getByRole('button', { name: /^Move .* down$/ })
    .first()
    .click();
  await session.page.waitForFunction(
    previous =>
      document.querySelector('table[aria-label="Next shifts"] tbody')
        ?.textContent !== previous,
    before,
    { timeout: 30_000 },
  );
  assert.notEqual(await shiftsText(), before);
  await screenshot(session.page, 'rotation-editor-preview-changed');

  // Every time says whose clock it is on; the handoff time is 24-hour text.
  await dialog
    .getByText(/^Times on the rotation's wall clock \(.+\)\.$/)
    .waitFor();
  const handoffTime = dialog.getByLabel(/^Handoff time \(.+\)$/);
  assert.match(await handoffTime.inputValue(), /^\d\d:\d\d$/);
  await dialog.getByLabel('Handoff day').waitFor();
  await dialog.getByLabel('Unit').click();
  await session.page.getByRole('option', { name: 'days' }).click();
  await dialog.getByLabel('Handoff day').waitFor({ state: 'detached' });
  await screenshot(session.page, 'rotation-editor-daily');

  // With only two people left for a pair, both serve every shift.
  const removeButtons = dialog.getByRole('button', { name: /^Remove / });
  while ((await removeButtons.count()) > 2) {
    await removeButtons.last().click();
  }
  await dialog
    .getByText(/would be primary two shifts in a row/)
    .first()
    .waitFor();
  await screenshot(session.page, 'rotation-editor-back-to-back');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
});
