import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, pageSignedInAs, screenshot } from '../browser.mjs';
import { frontendUrl } from '../portal.mjs';

// Two members of the platform team edit its rotation at the same time.
let browser;
let mei;
let tomas;

before(async () => {
  browser = await launchBrowser();
  [mei, tomas] = await Promise.all(
    ['mei.chen', 'tomas.novak'].map(userName =>
      pageSignedInAs(browser, userName),
    ),
  );
});

after(async () => {
  await browser?.close();
});

async function openEditor(page) {
  await page.goto(
    `${frontendUrl}/catalog/default/group/platform-software/zooport`,
  );
  await page.getByRole('button', { name: 'Edit rotation' }).click();
  const dialog = page.getByRole('dialog', { name: /^Rotation of the turtle/ });
  await dialog.getByRole('table', { name: 'Next shifts' }).waitFor();
  return dialog;
}

async function setHandoffTime(dialog, time) {
  const field = dialog.getByLabel(/^Handoff time \(.+\)$/);
  await field.fill(time);
  return field;
}

test('a save someone overtook shows their rotation next to yours, and nothing of yours is lost', async () => {
  const meiEditor = await openEditor(mei);
  const tomasEditor = await openEditor(tomas);

  await setHandoffTime(meiEditor, '10:30');
  await meiEditor.getByRole('button', { name: 'Save rotation' }).click();
  await mei.getByText('Rotation of the turtle saved.').waitFor();

  const tomasTime = await setHandoffTime(tomasEditor, '08:15');
  await tomasEditor.getByRole('button', { name: 'Save rotation' }).click();
  const notice = tomasEditor.getByRole('alert').filter({
    hasText: 'Mei Chen saved this desk',
  });
  await notice.waitFor();
  const differences = notice.getByRole('table', {
    name: 'Their rotation and yours',
  });
  await differences.getByRole('cell', { name: '10:30' }).waitFor();
  await differences.getByRole('cell', { name: '08:15' }).waitFor();
  assert.equal(await tomasTime.inputValue(), '08:15');
  await screenshot(tomas, 'rotation-editor-stale-save');

  await notice
    .getByRole('button', { name: 'Take theirs and keep editing' })
    .click();
  await notice.waitFor({ state: 'detached' });
  assert.equal(await tomasTime.inputValue(), '10:30');
  await tomasEditor.getByRole('button', { name: 'Cancel' }).click();
  await tomasEditor.waitFor({ state: 'detached' });
});
