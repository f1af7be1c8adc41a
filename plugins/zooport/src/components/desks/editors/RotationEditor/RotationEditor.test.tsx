import { permissionApiRef } from '@backstage/plugin-permission-react';
import { mockApis } from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RotationSpec, ScheduledShift } from '@zooport/plugin-zooport-common';
import {
  errorResponse,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  turtleDesk,
} from '../../../../__testUtils__/fakeZooportApi';
import { RotationEditor } from './RotationEditor';
import { ResponseError } from '@backstage/errors';

const rotation: RotationSpec = {
  timeZone: 'Europe/Berlin',
  handoff: { day: 3, time: '09:00' },
  shiftLength: { unit: 'week', count: 1 },
  membersPerShift: 1,
  participants: [
    { userRef: 'user:default/amara', capabilities: ['production-access'] },
    { userRef: 'user:default/lars', capabilities: [] },
  ],
  start: '2026-01-07',
  fallback: null,
  observers: [],
  requiredCapabilities: ['production-access'],
  anchor: { shift: 40, position: 1 },
};

/** The server's preview: one shift per participant, in the draft's order. */
function previewOf(draft: RotationSpec) {
  const shifts: ScheduledShift[] = draft.participants.map((p, i) => {
    const bounds = {
      start: `2026-12-0${2 + i}T09:00:00.000+01:00`,
      end: `2026-12-0${3 + i}T09:00:00.000+01:00`,
      supportDay: true,
      gap: false,
      missingCapabilities: p.capabilities.includes('production-access')
        ? []
        : ['production-access'],
    };
    return {
      ...bounds,
      index: i,
      segments: [
        {
          ...bounds,
          onDuty: [{ userRef: p.userRef, role: 'primary', source: 'rotation' }],
        },
      ],
    };
  });
  return { teamRef: platformTeam, shifts, violations: [] };
}

async function render(
  options: {
    allowed?: boolean;
    saveDesk?: any;
    getDesk?: any;
    previewRotation?: any;
    teamRef?: string;
  } = {},
) {
  const previewRotation =
    options.previewRotation ??
    jest.fn(async (_team: string, draft: any) => previewOf(draft));
  const saveDesk = options.saveDesk ?? jest.fn(async () => turtleDesk);
  const onChanged = jest.fn();
  const api = fakeZooportApi({
    previewRotation,
    saveDesk,
    ...(options.getDesk && { getDesk: options.getDesk }),
  });
  await renderWithZooport(
    <RotationEditor
      desk={{
        ...turtleDesk,
        teamRef: options.teamRef ?? platformTeam,
        rotation,
      }}
      onClose={() => {}}
      onChanged={onChanged}
    />,
    {
      api,
      apis: [
        [
          permissionApiRef,
          mockApis.permission({
            authorize:
              options.allowed === false
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          }),
        ],
      ],
    },
  );
  return { previewRotation, saveDesk, onChanged };
}

/**
 * The preview, which comes after the team's members have loaded and the
 * draft has been quiet for a moment; on a two-core machine busy with the
 * database tests beside it, that has taken more than five seconds.
 */
const nextShifts = () =>
  screen.findByRole('table', { name: 'Next shifts' }, { timeout: 20_000 });

describe('RotationEditor', () => {
  it('previews the next shifts, flags the rules they break, and follows a reorder', async () => {
    const { previewRotation } = await render();
    const preview = await nextShifts();
    await within(preview).findByText(/Amara Okafor \(primary\)/);
    expect(
      within(preview).getByText(/Lars Eriksson \(primary\)/),
    ).toBeVisible();
    expect(
      screen.getByText('shift of 3 Dec has nobody with production-access'),
    ).toBeInTheDocument();

    // the order of the list is the order of the turns
    await userEvent.click(
      screen.getByRole('button', { name: 'Move Lars Eriksson up' }),
    );
    await waitFor(() =>
      expect(previewRotation).toHaveBeenLastCalledWith(
        platformTeam,
        expect.objectContaining({
          participants: [
            expect.objectContaining({ userRef: 'user:default/lars' }),
            expect.objectContaining({ userRef: 'user:default/amara' }),
          ],
        }),
        8,
      ),
    );
    await waitFor(() => {
      const rows = within(screen.getByRole('table', { name: 'Next shifts' }))
        .getAllByRole('row')
        .slice(1);
      expect(rows[0]).toHaveTextContent('Lars Eriksson');
    });
  });

  it('saves against the revision it was read at, without the anchor', async () => {
    const { saveDesk, onChanged } = await render();
    await nextShifts();
    await userEvent.click(
      screen.getByRole('button', { name: 'Save rotation' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const [teamRef, input, revision] = saveDesk.mock.calls[0];
    expect(teamRef).toBe(platformTeam);
    expect(revision).toBe(turtleDesk.revision);
    expect(input.rotation).not.toHaveProperty('anchor');
    expect(input.rotation.participants).toHaveLength(2);
    expect(input).not.toHaveProperty('revision');
  });

  describe('when someone saved meanwhile', () => {
    const stale = async () => {
      throw await ResponseError.fromResponse(
        errorResponse(412, 'PreconditionFailedError', 'changed'),
      );
    };
    // Lars moved the handoff to 10:00 and saved first.
    const theirs = {
      ...turtleDesk,
      revision: turtleDesk.revision + 1,
      updatedBy: 'user:default/lars',
      rotation: { ...rotation, handoff: { day: 3 as const, time: '10:00' } },
    };

    async function conflict(saveDesk: jest.Mock) {
      const rendered = await render({ saveDesk, getDesk: async () => theirs });
      await nextShifts();
      await userEvent.click(
        screen.getByRole('button', { name: 'Save rotation' }),
      );
      const notice = await screen.findByRole('alert');
      expect(notice).toHaveTextContent(
        /Lars Eriksson saved this desk.*Yours is not saved yet/,
      );
      const rows = within(
        within(notice).getByRole('table', { name: 'Their rotation and yours' }),
      ).getAllByRole('row');
      expect(rows.map(row => row.textContent)).toEqual([
        'SettingTheirsYours',
        'HandoffWednesday at 10:00Wednesday at 09:00',
      ]);
      return rendered;
    }

    it('shows their version next to yours, and saves yours on top of theirs', async () => {
      const saveDesk = jest
        .fn()
        .mockImplementationOnce(stale)
        .mockImplementation(async () => theirs);
      const { onChanged } = await conflict(saveDesk);
      await userEvent.click(
        screen.getByRole('button', { name: 'Save yours over theirs' }),
      );
      await waitFor(() => expect(onChanged).toHaveBeenCalled());
      const [, input, revision] = saveDesk.mock.calls[1];
      expect(revision).toBe(theirs.revision);
      expect(input.rotation.handoff.time).toBe('09:00');
    });

    it('takes theirs into the editor without saving', async () => {
      const saveDesk = jest.fn(stale);
      const { previewRotation, onChanged } = await conflict(saveDesk);
      await userEvent.click(
        screen.getByRole('button', { name: 'Take theirs and keep editing' }),
      );
      expect(screen.getByLabelText(/Handoff time/)).toHaveValue('10:00');
      await waitFor(() =>
        expect(previewRotation.mock.lastCall[1]).toMatchObject({
          handoff: { day: 3, time: '10:00' },
        }),
      );
      expect(saveDesk).toHaveBeenCalledTimes(1);
      expect(onChanged).not.toHaveBeenCalled();
    });
  });

  it("labels times with the rotation's zone and hides the handoff day of daily shifts", async () => {
    await render();
    const preview = await nextShifts();
    expect(
      screen.getByText("Times on the rotation's wall clock (Europe/Berlin)."),
    ).toBeInTheDocument();
    expect(within(preview).getAllByText('Wed 2 Dec, 09:00')).toHaveLength(1);
    expect(screen.getByLabelText('Handoff time (Europe/Berlin)')).toHaveValue(
      '09:00',
    );
    expect(screen.getByLabelText('Handoff day')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Unit'));
    await userEvent.click(screen.getByRole('option', { name: 'days' }));
    expect(screen.queryByLabelText('Handoff day')).not.toBeInTheDocument();
  });

  it('says what a time or date that is not one should look like', async () => {
    await render();
    await nextShifts();
    const time = screen.getByLabelText('Handoff time (Europe/Berlin)');
    await userEvent.clear(time);
    await userEvent.type(time, '9am');
    expect(
      screen.getByText('A time on the 24-hour clock, e.g. 09:00 or 17:30'),
    ).toBeInTheDocument();
    const start = screen.getByLabelText('First shift starts on');
    await userEvent.clear(start);
    await userEvent.type(start, '12/02/2026');
    expect(
      screen.getByText('A date as YYYY-MM-DD, e.g. 2026-12-02'),
    ).toBeInTheDocument();
  });

  it('warns when someone would serve two shifts in a row', async () => {
    // Amara twice, then Lars: what a two-week shift after a reorder gives.
    const previewRotation = jest.fn(async (_team: string, draft: any) =>
      previewOf({
        ...draft,
        participants: [draft.participants[0], ...draft.participants],
      }),
    );
    await render({ previewRotation });
    await nextShifts();
    expect(
      await screen.findByText(
        /Amara Okafor would be primary two shifts in a row, first from Thu 3 Dec, 09:00/,
      ),
    ).toBeInTheDocument();
  });

  it('warns, per shift, about someone on duty before they are ready', async () => {
    const previewRotation = jest.fn(async (_team: string, draft: any) => {
      const preview = previewOf(draft);
      return {
        ...preview,
        readinessWarnings: [
          {
            kind: 'alone',
            userRef: 'user:default/lars',
            stage: 'shadow',
            shiftIndex: 1,
            shiftStart: preview.shifts[1].start,
          },
        ],
      };
    });
    await render({ previewRotation });
    await nextShifts();
    expect(
      await screen.findByText(
        'shift from Thu 3 Dec, 09:00: Lars Eriksson on duty alone while shadow',
      ),
    ).toBeInTheDocument();
  });

  it('is read-only for people who may not change the rotation', async () => {
    // permission answers are cached per team: ask about another team
    await render({ allowed: false, teamRef: 'group:default/test-engineering' });
    await nextShifts();
    expect(await screen.findByText(/Read-only/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Save rotation' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Move .* up/ }),
    ).not.toBeInTheDocument();
  });
});
