import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScheduledShift } from '@zooport/plugin-zooport-common';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import { fromNow, PINNED_NOW } from '../../../__testUtils__/clock';
import { DeskSchedule } from './DeskSchedule';

/** Days of an override typed in the viewer's zone, three weeks ahead. */
const inThreeWeeks = PINNED_NOW.toLocal().plus({ weeks: 3 }).toISODate();
const inThreeWeeksAndFourDays = PINNED_NOW.toLocal()
  .plus({ weeks: 3, days: 4 })
  .toISODate();

const week = (start: string, end: string) => ({ start, end });

const shifts: ScheduledShift[] = [
  {
    index: 46,
    ...week(fromNow({ days: 2, hours: -3 }), fromNow({ days: 9, hours: -3 })),
    gap: false,
    missingCapabilities: [],
    segments: [
      {
        ...week(
          fromNow({ days: 2, hours: -3 }),
          fromNow({ days: 4, hours: -3 }),
        ),
        onDuty: [
          { userRef: 'user:default/lars', role: 'primary', source: 'rotation' },
        ],
        supportDay: true,
        gap: false,
        missingCapabilities: [],
      },
      {
        ...week(
          fromNow({ days: 4, hours: -3 }),
          fromNow({ days: 9, hours: -3 }),
        ),
        onDuty: [
          { userRef: 'user:default/mei', role: 'primary', source: 'override' },
        ],
        supportDay: true,
        gap: false,
        missingCapabilities: [],
      },
    ],
  },
  {
    index: 47,
    ...week(fromNow({ days: 9, hours: -3 }), fromNow({ days: 16, hours: -3 })),
    gap: true,
    missingCapabilities: ['production-access'],
    segments: [
      {
        ...week(
          fromNow({ days: 9, hours: -3 }),
          fromNow({ days: 16, hours: -3 }),
        ),
        onDuty: [],
        supportDay: true,
        gap: true,
        missingCapabilities: ['production-access'],
      },
    ],
  },
];

const vacation = {
  id: 'o1',
  teamRef: platformTeam,
  kind: 'replace' as const,
  userRef: 'user:default/lars',
  replacementRef: 'user:default/mei',
  start: fromNow({ days: 4, hours: -3 }),
  end: fromNow({ days: 9, hours: -3 }),
  reason: 'Vacation',
  createdBy: 'user:default/lars',
  createdAt: fromNow({ days: -3, hours: -1 }, 'utc'),
};

const testRotation = {
  timeZone: 'Europe/Berlin',
  handoff: { day: 3 as const, time: '09:00' },
  shiftLength: { unit: 'week' as const, count: 1 },
  membersPerShift: 1,
  participants: [{ userRef: 'user:default/lars', capabilities: [] }],
  start: '2026-01-07',
  fallback: null,
  observers: [],
};

async function render(teamRef = platformTeam, at?: string) {
  const api = fakeZooportApi({
    getSchedule: jest.fn(async () => shifts),
    listOverrides: jest.fn(async () => [vacation]),
    addOverride: jest.fn(async (_team, input) => ({
      ...vacation,
      ...input,
      id: 'o2',
    })),
    deleteOverride: jest.fn(async () => {}),
  });
  const onChanged = jest.fn();
  await renderWithZooport(
    <DeskSchedule
      desk={{ ...turtleDesk, teamRef, rotation: { ...testRotation } }}
      onChanged={onChanged}
    />,
    { api, at },
  );
  return { api, onChanged };
}

describe('DeskSchedule', () => {
  it('shows the coming shifts, who covers, and gaps', async () => {
    await render();
    const timeline = await screen.findByRole('list', { name: 'Coming shifts' });
    expect(
      within(timeline).getByText('Lars Eriksson · primary'),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByText('Mei Chen · primary'),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByText('gap, nobody covers'),
    ).toBeInTheDocument();
    expect(
      within(timeline).getByText('nobody with production-access'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Mei Chen covers for Lars Eriksson'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /^Subscribe to the calendar/ }),
    ).toHaveAttribute(
      'href',
      'webcal://localhost:7007/api/zooport/calendar/secret-key.ics',
    );
  });

  it('records a vacation in the viewer’s time and removes an override', async () => {
    const { api, onChanged } = await render();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change who is on duty' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Who covers'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Mei Chen' }),
    );
    await userEvent.type(
      within(dialog).getByLabelText('From (your time)'),
      `${inThreeWeeks}T09:00`,
    );
    await userEvent.type(
      within(dialog).getByLabelText('Until (your time)'),
      `${inThreeWeeksAndFourDays}T17:00`,
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save override' }),
    );
    await waitFor(() => expect(api.addOverride).toHaveBeenCalled());
    const [teamRef, input] = (api.addOverride as jest.Mock).mock.calls[0];
    expect(teamRef).toBe(platformTeam);
    expect(input).toMatchObject({
      kind: 'replace',
      userRef: 'user:default/amara',
      replacementRef: 'user:default/mei',
    });
    expect(input.start).toMatch(
      new RegExp(`^${inThreeWeeks}T09:00:00([+-]\\d\\d:\\d\\d|Z)$`),
    );
    expect(onChanged).toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Remove the override: Mei Chen covers for Lars Eriksson',
      }),
    );
    const confirmation = screen.getByRole('dialog', {
      name: 'Remove the override?',
    });
    expect(confirmation).toHaveTextContent(
      /^Remove the override\?Mei Chen covers for Lars Eriksson, .* – .*\. Without it the rotation decides who is on duty then/,
    );
    expect(api.deleteOverride).not.toHaveBeenCalled();
    await userEvent.click(
      within(confirmation).getByRole('button', { name: 'Remove' }),
    );
    await waitFor(() =>
      expect(api.deleteOverride).toHaveBeenCalledWith(platformTeam, 'o1'),
    );
    await waitFor(() => expect(confirmation).not.toBeInTheDocument());
  });

  it('shows no changes to people outside the team', async () => {
    // amara is not in the test engineering team
    await render('group:default/test-engineering');
    await screen.findByRole('list', { name: 'Coming shifts' });
    expect(
      screen.queryByRole('button', { name: 'Change who is on duty' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Rotation settings' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Remove the override/ }),
    ).not.toBeInTheDocument();
  });

  it('opens the rotation editor from the address the planning reminder links to', async () => {
    await render(platformTeam, '/?edit=rotation');
    expect(
      await screen.findByRole('dialog', { name: /Rotation of the turtle/ }),
    ).toBeInTheDocument();
  });
});
