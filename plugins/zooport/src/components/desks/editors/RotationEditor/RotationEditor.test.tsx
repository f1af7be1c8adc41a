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

function render(
  options: { allowed?: boolean; saveDesk?: any; teamRef?: string } = {},
) {
  const previewRotation = jest.fn(async (_team: string, draft: any) =>
    previewOf(draft),
  );
  const saveDesk = options.saveDesk ?? jest.fn(async () => turtleDesk);
  const onChanged = jest.fn();
  const api = fakeZooportApi({ previewRotation, saveDesk });
  renderWithZooport(
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
    const { previewRotation } = render();
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
    const { saveDesk, onChanged } = render();
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

  it('shows a conflict instead of overwriting a newer version', async () => {
    const saveDesk = jest.fn(async () => {
      throw await ResponseError.fromResponse(
        errorResponse(412, 'PreconditionFailedError', 'changed'),
      );
    });
    render({ saveDesk });
    await nextShifts();
    await userEvent.click(
      screen.getByRole('button', { name: 'Save rotation' }),
    );
    expect(
      await screen.findByText(/Someone saved this desk while you were editing/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it('is read-only for people who may not change the rotation', async () => {
    // permission answers are cached per team: ask about another team
    render({ allowed: false, teamRef: 'group:default/test-engineering' });
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
