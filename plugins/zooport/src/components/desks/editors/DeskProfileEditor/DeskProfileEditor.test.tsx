import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEventWithDelays from '@testing-library/user-event';
import { Desk, RotationSpec } from '@zooport/plugin-zooport-common';
import {
  errorResponse,
  fakeZooportApi,
  renderWithZooport,
  turtleDesk,
} from '../../../../__testUtils__/fakeZooportApi';
import { fillIn } from '../../../../__testUtils__/typing';
import { DeskProfileEditor } from './DeskProfileEditor';

// The forms are long: typing without a pause between keys keeps them quick.
const userEvent = userEventWithDelays.setup({ delay: null });

const rotation: RotationSpec = {
  timeZone: 'Europe/Berlin',
  handoff: { day: 3, time: '09:00' },
  shiftLength: { unit: 'week', count: 1 },
  membersPerShift: 1,
  participants: [{ userRef: 'user:default/amara', capabilities: [] }],
  start: '2026-01-07',
  fallback: 'user:default/lars',
  observers: [],
  anchor: { shift: 40, position: 0, members: ['user:default/amara'] },
};

const desk: Desk = {
  ...turtleDesk,
  rotation,
  hours: {
    timeZone: 'Europe/Berlin',
    weekly: [{ day: 1, start: '09:00', end: '17:00' }],
    holidays: [],
  },
};

const refusal = (status: number, name: string, message: string) =>
  ResponseError.fromResponse(errorResponse(status, name, message));

async function render(
  saveDesk: jest.Mock = jest.fn(async () => desk),
  shown: Desk = desk,
) {
  const onChanged = jest.fn();
  const onClose = jest.fn();
  await renderWithZooport(
    <DeskProfileEditor desk={shown} onClose={onClose} onChanged={onChanged} />,
    { api: fakeZooportApi({ saveDesk }) },
  );
  return { saveDesk, onChanged, onClose };
}

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

const retype = (name: string | RegExp, text: string) =>
  fillIn(userEvent, field(name), text);

const saveButton = () => screen.getByRole('button', { name: 'Save desk' });

describe('DeskProfileEditor', () => {
  it('saves the edited profile on the revision it read, with the rotation as it was', async () => {
    const { saveDesk, onChanged } = await render();
    await screen.findByRole('dialog', { name: 'The turtle’s desk' });

    await retype(/^Animal/, 'tortoise');
    await retype('Emoji', '🐢');
    await retype('Colour', '#1B5E20');
    await retype('What we help with', 'Builds, deploys and the portal');
    await retype(/^Topics/, 'portal, k8s,');
    await userEvent.click(screen.getByRole('button', { name: 'Add link' }));
    await retype(/^Title of link 1/, 'Runbook');
    await retype(/^Address of link 1/, 'https://docs.example.com/runbook');
    await userEvent.click(
      screen.getByRole('button', { name: 'Add opening range' }),
    );
    const closes = screen.getByLabelText(/^Closes \(range 2\)/);
    await userEvent.clear(closes);
    await userEvent.type(closes, '12:00');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Supports on Monday' }),
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Supports on Tuesday' }),
    );
    await retype(/^Holidays/, '2026-12-24');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(saveButton());

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const { anchor: _anchor, ...rotationAsWritten } = rotation;
    expect(saveDesk).toHaveBeenCalledWith(
      desk.teamRef,
      {
        animal: { name: 'tortoise', emoji: '🐢', colour: '#1B5E20' },
        helpsWith: 'Builds, deploys and the portal',
        topics: ['ci', 'deploy', 'portal', 'k8s'],
        channels: desk.channels,
        links: [{ title: 'Runbook', url: 'https://docs.example.com/runbook' }],
        hours: {
          timeZone: 'Europe/Berlin',
          weekly: [
            { day: 1, start: '09:00', end: '17:00' },
            { day: 2, start: '09:00', end: '12:00' },
          ],
          holidays: ['2026-12-24'],
          supportDays: [1, 2],
        },
        digests: {
          daily: { time: '08:30', enabled: true },
          weekly: { weekday: 1, time: '09:00', enabled: true },
          planning: { weekday: 1, time: '10:00', enabled: true },
        },
        rotation: rotationAsWritten,
      },
      3,
    );
  }, 60_000);

  it('sets when the digests go out, on the desk’s wall clock', async () => {
    const newYork: Desk = {
      ...desk,
      rotation: null,
      hours: { ...desk.hours, timeZone: 'America/New_York' },
      digests: { weekly: { enabled: false } },
    };
    const { saveDesk } = await render(undefined, newYork);
    await screen.findByRole('dialog');

    expect(
      screen.getByText(/Times are on the desk’s wall clock, America\/New_York/),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Send the daily digest' }),
    );
    const weekly = screen.getByRole('checkbox', {
      name: 'Send the weekly report',
    });
    expect(weekly).not.toBeChecked();
    await userEvent.click(weekly);
    await userEvent.selectOptions(
      screen.getByLabelText('Weekly report on'),
      'Friday',
    );
    const weeklyAt = screen.getByLabelText(
      'Weekly report at (America/New_York)',
    );
    await userEvent.clear(weeklyAt);
    await userEvent.type(weeklyAt, '16:00');
    await userEvent.selectOptions(
      screen.getByLabelText('Planning reminder on'),
      'Tuesday',
    );
    const planningAt = screen.getByLabelText(
      'Planning reminder at (America/New_York)',
    );
    await userEvent.clear(planningAt);
    await userEvent.type(planningAt, '11:30');
    await userEvent.click(saveButton());

    await waitFor(() => expect(saveDesk).toHaveBeenCalled());
    expect(saveDesk.mock.calls[0][1].digests).toEqual({
      daily: { time: '08:30', enabled: false },
      weekly: { weekday: 5, time: '16:00', enabled: true },
      planning: { weekday: 2, time: '11:30', enabled: true },
    });
  });

  it('does not save a digest without a time, and says which one', async () => {
    const { saveDesk } = await render();
    await screen.findByRole('dialog');

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Send the planning reminder' }),
    );
    await userEvent.clear(
      screen.getByLabelText('Planning reminder at (Europe/Berlin)'),
    );

    expect(
      screen.getByText('must be a time of day, HH:mm'),
    ).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await userEvent.type(field(/^Time zone/), '{Enter}');
    expect(saveDesk).not.toHaveBeenCalled();
  });

  it('removes rows and topics', async () => {
    const { saveDesk } = await render();
    await screen.findByRole('dialog');

    await userEvent.click(
      screen.getByRole('button', { name: 'Remove channel 1' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove opening range 1' }),
    );
    const topics = screen.getByRole('list', { name: 'Topics' });
    within(topics).getByRole('button', { name: 'Remove ci' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(within(topics).queryByText('ci')).toBeNull();
    await userEvent.click(saveButton());

    await waitFor(() => expect(saveDesk).toHaveBeenCalled());
    expect(saveDesk.mock.calls[0][1]).toMatchObject({
      topics: ['deploy'],
      channels: [],
      hours: { weekly: [] },
    });
  });

  it('does not save a time zone that is no IANA zone, and says which field is wrong', async () => {
    const { saveDesk } = await render();
    await screen.findByRole('dialog');

    await retype(/^Time zone/, 'Berlin');

    expect(
      screen.getByText('must be an IANA time zone, e.g. Europe/Berlin'),
    ).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await userEvent.type(field(/^Time zone/), '{Enter}');
    expect(saveDesk).not.toHaveBeenCalled();
  });

  it('says so when someone saved meanwhile, and fetches their version on closing', async () => {
    const saveDesk = jest.fn(async () => {
      throw await refusal(412, 'PreconditionFailedError', 'changed');
    });
    const { onChanged, onClose } = await render(saveDesk);
    await screen.findByRole('dialog');

    await retype(/^Animal/, 'tortoise');
    await userEvent.click(saveButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone saved this desk while you were editing. Your changes are not saved',
    );
    expect(onChanged).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onChanged).toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("shows the backend's reason for a refused field, and a plain refusal of the desk", async () => {
    const saveDesk = jest
      .fn()
      .mockRejectedValueOnce(
        await refusal(
          400,
          'InputError',
          'hours.timeZone: must be an IANA time zone',
        ),
      )
      .mockRejectedValueOnce(
        await refusal(403, 'NotAllowedError', 'You may not update the desk'),
      );
    await render(saveDesk);
    await screen.findByRole('dialog');

    await userEvent.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'hours.timeZone: must be an IANA time zone',
    );

    await userEvent.click(saveButton());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'You are not allowed to change this desk.',
      ),
    );
  });
  describe('Slack user group', () => {
    const withSlack: Desk = { ...desk, slack: { sync: null } };

    it('saves the user group the backend is to keep set to the people on duty', async () => {
      const { saveDesk } = await render(undefined, withSlack);
      await screen.findByRole('dialog');

      await retype(/^User group id/, 's0614tzr7');
      expect(
        screen.getByText('must be a Slack user group id, e.g. S0614TZR7'),
      ).toBeInTheDocument();
      expect(saveButton()).toBeDisabled();

      await retype(/^User group id/, 'S0614TZR7');
      await retype(/^Handle/, '@platform-oncall');
      await userEvent.click(saveButton());

      await waitFor(() => expect(saveDesk).toHaveBeenCalledTimes(1));
      expect(saveDesk.mock.calls[0][1].slackUserGroup).toEqual({
        id: 'S0614TZR7',
        handle: 'platform-oncall',
      });
    });

    it('offers no user group when the backend does not sync Slack, and keeps the one set', async () => {
      const { saveDesk } = await render(undefined, {
        ...desk,
        slackUserGroup: { id: 'S0614TZR7' },
      });
      await screen.findByRole('dialog');
      expect(
        screen.queryByRole('textbox', { name: /^User group id/ }),
      ).toBeNull();

      await userEvent.click(saveButton());
      await waitFor(() => expect(saveDesk).toHaveBeenCalledTimes(1));
      expect(saveDesk.mock.calls[0][1].slackUserGroup).toEqual({
        id: 'S0614TZR7',
      });
    });
  });
});
