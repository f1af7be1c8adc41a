import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dialogClosed, screenshot, signedInSession } from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// A member of the system operators (not a Zooport admin) sets when their
// desk's digests and planning reminder go out; the penguin's wall clock is
// Europe/Berlin.
const member = 'sofia.rossi';
const pawTab = `${frontendUrl}/catalog/default/group/system-operators/zooport`;
const digestsApi = '/zooport/desks/default/system-operators/digests';
const zone = 'Europe/Berlin';
const settings = {
  dailyTime: '07:45',
  weekly: { day: 'Friday', time: '16:30' },
  planning: { day: 'Thursday', time: '11:15' },
};
// A Saturday noon in winter (+01:00): the latest of each is due before it.
const at = '2026-11-28T12:00:00Z';

const session = signedInSession(member);

async function openDeskEditor() {
  await session.page.getByRole('button', { name: 'Edit desk' }).click();
  const dialog = session.page.getByRole('dialog', {
    name: 'The penguin’s desk',
  });
  await dialog
    .getByRole('group', { name: 'Digests and reminders' })
    .scrollIntoViewIfNeeded();
  return dialog;
}

test('a member sets the digests and the planning reminder, and they are kept', async () => {
  await session.page.goto(pawTab);
  let dialog = await openDeskEditor();
  await dialog.getByLabel(`Daily digest at (${zone})`).fill(settings.dailyTime);
  await dialog
    .getByLabel('Weekly report on')
    .selectOption({ label: settings.weekly.day });
  await dialog
    .getByLabel(`Weekly report at (${zone})`)
    .fill(settings.weekly.time);
  await dialog
    .getByLabel('Planning reminder on')
    .selectOption({ label: settings.planning.day });
  await dialog
    .getByLabel(`Planning reminder at (${zone})`)
    .fill(settings.planning.time);
  await dialog.getByLabel('Send the planning reminder').uncheck();
  await screenshot(session.page, 'desk-editor-digests');
  await dialog.getByRole('button', { name: 'Save desk' }).click();
  await dialogClosed(dialog);

  await session.page.reload();
  dialog = await openDeskEditor();
  assert.equal(
    await dialog.getByLabel(`Daily digest at (${zone})`).inputValue(),
    settings.dailyTime,
  );
  assert.equal(
    await dialog.getByLabel('Send the daily digest').isChecked(),
    true,
  );
  assert.equal(
    await dialog.getByLabel('Weekly report on').inputValue(),
    '5',
    'Friday',
  );
  assert.equal(
    await dialog.getByLabel(`Weekly report at (${zone})`).inputValue(),
    settings.weekly.time,
  );
  assert.equal(
    await dialog.getByLabel('Planning reminder on').inputValue(),
    '4',
    'Thursday',
  );
  assert.equal(
    await dialog.getByLabel(`Planning reminder at (${zone})`).inputValue(),
    settings.planning.time,
  );
  assert.equal(
    await dialog.getByLabel('Send the planning reminder').isChecked(),
    false,
  );
  await screenshot(session.page, 'desk-editor-digests-reloaded');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
});

test('the previews follow the settings', async () => {
  const planning = await apiAs(member, `${digestsApi}/planning?at=${at}`);
  assert.equal(planning.teamRef, 'group:default/system-operators');
  assert.equal(planning.timeZone, zone);
  assert.equal(planning.enabled, false);
  assert.equal(planning.date, '2026-11-26');
  assert.equal(planning.dueAt, '2026-11-26T11:15:00.000+01:00');
  assert.deepEqual(planning.nextWeek, { from: '2026-11-30', to: '2026-12-06' });
  assert.equal(
    planning.link,
    '/catalog/default/group/system-operators/zooport?edit=rotation',
  );

  const weekly = await apiAs(member, `${digestsApi}/weekly?at=${at}`);
  assert.equal(weekly.enabled, true);
  assert.equal(weekly.dueAt, '2026-11-27T16:30:00.000+01:00');

  const daily = await apiAs(member, `${digestsApi}/daily?at=${at}`);
  assert.equal(daily.enabled, true);
  // Saturday is no support day: the latest digest went out on Friday.
  assert.equal(daily.dueAt, '2026-11-27T07:45:00.000+01:00');
});

test("the planning reminder's link opens the rotation editor", async () => {
  const { link } = await apiAs(member, `${digestsApi}/planning?at=${at}`);
  await session.page.goto(`${frontendUrl}${link}`);
  const editor = session.page.getByRole('dialog', {
    name: 'Rotation of the penguin',
  });
  await editor.getByRole('table', { name: 'Next shifts' }).waitFor();
  await editor.getByLabel(/^Handoff time/).waitFor();
  await screenshot(session.page, 'rotation-editor-from-link');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await editor.waitFor({ state: 'detached' });
  assert.equal(new URL(session.page.url()).searchParams.get('edit'), null);
});
