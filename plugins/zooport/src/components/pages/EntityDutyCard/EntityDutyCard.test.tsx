import { Entity } from '@backstage/catalog-model';
import { MyShift } from '@zooport/plugin-zooport-common';
import { screen } from '@testing-library/react';
import { fromNow } from '../../../__testUtils__/clock';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { myShift } from '../../../__testUtils__/knowledgeFixtures';
import { EntityDutyCard } from './EntityDutyCard';

const mei: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'mei', namespace: 'default' },
  spec: { profile: { displayName: 'Mei Chen' }, memberOf: [] },
};

/** Mei's duty as the backend tells it; the pinned now is Monday noon, Berlin. */
async function renderDuty(
  shifts: MyShift[],
  observing: MyShift[] = [],
): Promise<jest.Mock> {
  const getPersonShifts = jest.fn(async (userRef: string) => ({
    userRef,
    shifts,
    observing,
  }));
  await renderWithZooport(<EntityDutyCard />, {
    entity: mei,
    api: fakeZooportApi({ getPersonShifts }),
  });
  return getPersonShifts;
}

describe('EntityDutyCard', () => {
  it('shows where the person is on duty now, in which role and until when', async () => {
    const getPersonShifts = await renderDuty([
      myShift({ start: fromNow({ days: -1 }), end: fromNow({ days: 2 }) }),
      // An override elsewhere in the shift splits Mei's stretch in two.
      myShift({ start: fromNow({ days: 2 }), end: fromNow({ days: 6 }) }),
      myShift({ start: fromNow({ days: 20 }), end: fromNow({ days: 27 }) }),
    ]);

    expect(
      await screen.findByText('Mei Chen is on duty now'),
    ).toBeInTheDocument();
    expect(getPersonShifts).toHaveBeenCalledWith('user:default/mei');
    expect(screen.getByRole('link', { name: '🐢 turtle' })).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-software/zooport',
    );
    // The viewer is in UTC; the desk's wall clock is Berlin's.
    expect(
      screen.getByText(
        'Zooporter, until Sun 29 Nov, 11:00 (Sun 12:00 Europe/Berlin)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Next on duty')).not.toBeInTheDocument();
  });

  it('shows every desk the person is on duty at', async () => {
    await renderDuty([
      myShift({ start: fromNow({ days: -1 }), end: fromNow({ days: 2 }) }),
      myShift({
        teamRef: 'group:default/database-administrators',
        animal: { name: 'elephant', emoji: '🐘' },
        timeZone: 'Europe/London',
        start: fromNow({ hours: -2 }),
        end: fromNow({ hours: 6 }),
        role: 'fallback',
      }),
    ]);

    expect(
      await screen.findByRole('link', { name: '🐘 elephant' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'fallback, until Mon 23 Nov, 17:00 (Mon 17:00 Europe/London)',
      ),
    ).toBeInTheDocument();
  });

  it('gives the next shift of someone not on duty now', async () => {
    await renderDuty([
      myShift({
        start: fromNow({ days: 2, hours: -3 }),
        end: fromNow({ days: 9, hours: -3 }),
        role: 'secondary',
        source: 'override',
      }),
    ]);

    expect(
      await screen.findByText('Mei Chen is not on duty now'),
    ).toBeInTheDocument();
    expect(screen.getByText('Next on duty')).toBeInTheDocument();
    expect(
      screen.getByText(
        'secondary, covering, from Wed 25 Nov, 08:00 (Wed 09:00 Europe/Berlin), until Wed 2 Dec, 08:00 (Wed 09:00 Europe/Berlin)',
      ),
    ).toBeInTheDocument();
  });

  it('shows the desk someone shadows now', async () => {
    await renderDuty(
      [],
      [
        myShift({
          role: 'observer',
          start: fromNow({ days: -1 }),
          end: fromNow({ days: 6 }),
        }),
      ],
    );

    expect(await screen.findByText('Shadowing now')).toBeInTheDocument();
    expect(screen.getByText(/^shadowing, until/)).toBeInTheDocument();
    expect(screen.getByText('Mei Chen is not on duty now')).toBeInTheDocument();
  });

  it('says so when the person has no duty ahead', async () => {
    await renderDuty([]);

    expect(
      await screen.findByText('No duty in the next 13 weeks.'),
    ).toBeInTheDocument();
  });
});
