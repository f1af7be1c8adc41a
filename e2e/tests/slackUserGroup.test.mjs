import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startFakeSlack } from '../../plugins/zooport-backend/src/slack/fakeSlack.ts';
import {
  accessibilityProblems,
  launchBrowser,
  pageSignedInAs,
  screenshot,
} from '../browser.mjs';
import { apiAs, frontendUrl } from '../portal.mjs';

// A member of the system operators gives their desk a Slack user group. The
// portal's Slack (app-config.e2e.yaml) is a local server that speaks the
// two Slack methods Zooport calls; it knows every member of the team by
// their catalog e-mail. The sync task (every minute) sets the group to
// whoever is on duty, and the paw tab says so. The group is taken away
// again at the end, so no other test meets it.
const member = 'sofia.rossi';
const pawTab = `${frontendUrl}/catalog/default/group/system-operators/zooport`;
const deskApi = '/zooport/desks/default/system-operators';
const userGroup = 'S0SYSOPS';
const slackIdOf = userRef => `U0${userRef.split('/')[1].toUpperCase()}`;

let slack;
let browser;
let page;

async function emailsOfTeam() {
  const team = await apiAs(
    member,
    '/catalog/entities/by-name/group/default/system-operators',
  );
  const people = team.relations
    .filter(relation => relation.type === 'hasMember')
    .map(relation => relation.targetRef);
  return Promise.all(
    people.map(async userRef => {
      const name = userRef.split('/')[1];
      const user = await apiAs(
        member,
        `/catalog/entities/by-name/user/default/${name}`,
      );
      return [user.spec.profile.email, slackIdOf(userRef)];
    }),
  );
}

before(async () => {
  slack = await startFakeSlack({
    token: 'e2e-slack-token',
    port: 7092,
    accounts: Object.fromEntries(await emailsOfTeam()),
    userGroups: { [userGroup]: ['U0FORMER'] },
  });
  browser = await launchBrowser();
  page = await pageSignedInAs(browser, member);
});

after(async () => {
  const desk = await apiAs(member, deskApi).catch(() => undefined);
  if (desk?.slackUserGroup) {
    const { slackUserGroup: _removed, ...rest } = desk;
    await apiAs(member, deskApi, { method: 'PUT', body: rest });
  }
  await browser?.close();
  await slack?.close();
});

async function openDeskEditor() {
  await page.getByRole('button', { name: 'Edit desk' }).click();
  return page.getByRole('dialog', { name: /desk$/ });
}

test('a member names a Slack user group, which is set to the people on duty', async () => {
  await page.goto(pawTab);
  let dialog = await openDeskEditor();
  await dialog.getByLabel('User group id').fill('s0sysops');
  await dialog
    .getByText('must be a Slack user group id, e.g. S0614TZR7')
    .waitFor();
  await dialog.getByLabel('User group id').fill(userGroup);
  await dialog.getByLabel('Handle').fill('@sysops-oncall');
  await dialog.getByText('Slack user group').scrollIntoViewIfNeeded();
  assert.deepEqual(await accessibilityProblems(page, '[role="dialog"]'), []);
  await screenshot(page, 'slack-user-group-editor');
  await dialog.getByRole('button', { name: 'Save desk' }).click();
  await dialog.waitFor({ state: 'detached' });

  // The sync runs every minute (the development backend restarts when a
  // source file changes, so it is asked until it answers).
  let desk;
  for (let tries = 0; tries < 60; tries++) {
    desk = await apiAs(member, deskApi).catch(() => undefined);
    if (desk?.slack?.sync?.state === 'synced') break;
    await page.waitForTimeout(5_000);
  }
  assert.equal(desk?.slack?.sync?.state, 'synced');
  await page.goto(pawTab);
  const synced = page.getByText(/^Slack @sysops-oncall holds/);
  await synced.waitFor();
  const onDuty = await apiAs(member, `${deskApi}/on-duty`);
  assert.deepEqual(
    slack.membersOf(userGroup),
    [...new Set(onDuty.onDuty.map(m => m.userRef))].sort().map(slackIdOf),
  );
  assert.ok(
    slack.calls.every(call =>
      ['users.lookupByEmail', 'usergroups.users.update'].includes(call.method),
    ),
  );
  await synced.scrollIntoViewIfNeeded();
  assert.deepEqual(await accessibilityProblems(page), []);
  await screenshot(page, 'slack-user-group-paw-tab');

  dialog = await openDeskEditor();
  await dialog.getByLabel('User group id').fill('');
  await dialog.getByLabel('Handle').fill('');
  await dialog.getByRole('button', { name: 'Save desk' }).click();
  await dialog.waitFor({ state: 'detached' });
  await synced.waitFor({ state: 'detached' });
});
