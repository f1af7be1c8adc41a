import { screen } from '@testing-library/react';
import { Desk, SlackUserGroupSync } from '@zooport/plugin-zooport-common';
import { fromNow } from '../../../__testUtils__/clock';
import {
  renderWithZooport,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import { SlackUserGroupNote } from './SlackUserGroupNote';

const amara = 'user:default/amara';
const mei = 'user:default/mei';
const lars = 'user:default/lars';

const synced: SlackUserGroupSync = {
  state: 'synced',
  userGroupId: 'S0614TZR7',
  onDuty: [amara, lars, mei],
  members: [amara, mei],
  syncedAt: fromNow({ minutes: -5 }),
  skipped: [lars],
  error: null,
  nextAttemptAt: null,
};

const deskWith = (changes: Partial<Desk>): Desk => ({
  ...turtleDesk,
  slackUserGroup: { id: 'S0614TZR7', handle: 'platform-oncall' },
  ...changes,
});

async function render(desk: Desk) {
  await renderWithZooport(<SlackUserGroupNote desk={desk} />);
}

/** The note, whose people show as links named by their refs here. */
const note = (start: RegExp) => screen.findByText(start);

describe('SlackUserGroupNote', () => {
  it('says whom the user group holds since when, and who has no Slack account', async () => {
    await render(deskWith({ slack: { sync: synced } }));
    expect(await note(/^Slack @platform-oncall holds/)).toHaveTextContent(
      'Slack @platform-oncall holds amara, mei, since Mon 23 Nov, 10:55. No Slack account found for lars.',
    );
  });

  it('shows a failed sync with its error and the next attempt', async () => {
    await render(
      deskWith({
        slack: {
          sync: {
            ...synced,
            state: 'failed',
            skipped: [],
            error: 'Slack usergroups.users.update: missing_scope',
            nextAttemptAt: fromNow({ minutes: 5 }),
          },
        },
      }),
    );
    expect(
      await note(/^Slack @platform-oncall could not be set/),
    ).toHaveTextContent(
      'Slack @platform-oncall could not be set: Slack usergroups.users.update: missing_scope. Trying again Mon 23 Nov, 11:05.',
    );
  });

  it('says the group keeps its members when nobody is on duty', async () => {
    await render(
      deskWith({
        slackUserGroup: { id: 'S0614TZR7' },
        slack: {
          sync: { ...synced, state: 'kept', onDuty: [], skipped: [] },
        },
      }),
    );
    expect(await note(/^Slack S0614TZR7 keeps/)).toHaveTextContent(
      'Slack S0614TZR7 keeps amara, mei: nobody is on duty.',
    );
  });

  it('shows nothing when the backend does not sync Slack', async () => {
    await render(deskWith({}));
    expect(screen.queryByText(/Slack/)).toBeNull();
  });
});
