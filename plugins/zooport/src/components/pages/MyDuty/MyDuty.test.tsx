import { screen, within } from '@testing-library/react';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { fromNow } from '../../../__testUtils__/clock';
import { myShift } from '../../../__testUtils__/knowledgeFixtures';
import { ZooportPage } from '../ZooportPage';

function renderDuty(api = fakeZooportApi()) {
  return renderWithZooport(<ZooportPage />, {
    api,
    path: '/zooport/*',
    at: '/zooport/duty',
  });
}

describe('MyDuty', () => {
  it("lists the viewer's shifts with the desk's wall clock, and the weeks they shadow", async () => {
    await renderDuty();

    const shifts = await screen.findByRole('table', { name: 'Your shifts' });
    const rows = within(shifts).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('🐢 turtle');
    expect(rows[0]).toHaveTextContent('Wed 09:00 Europe/Berlin');
    expect(rows[0]).toHaveTextContent('Zooporter');
    expect(rows[1]).toHaveTextContent('secondary, covering');

    const shadowing = screen.getByRole('table', { name: 'Shadowing' });
    expect(shadowing).toHaveTextContent('🐘 elephant');
    expect(shadowing).toHaveTextContent('shadowing');
    expect(
      screen.getByRole('tab', { name: 'My duty', selected: true }),
    ).toBeInTheDocument();
  });

  it('gives a handoff checklist for the next shift with links to the queue and playbooks', async () => {
    await renderDuty();

    expect(
      await screen.findByText(/Your next shift is at the 🐢 turtle desk/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Read the open requests of the desk' }),
    ).toHaveAttribute(
      'href',
      '/zooport/requests?queue=desks&desk=group%3Adefault%2Fplatform-software',
    );
    expect(await screen.findByText(/4 open now/)).toBeInTheDocument();
    expect(
      screen.getByText(/Right now 1 at risk and 2 breached/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: "Read the desk's playbooks" }),
    ).toHaveAttribute(
      'href',
      '/zooport/knowledge?desk=group%3Adefault%2Fplatform-software&kind=playbook',
    );
  });

  it('speaks of the shift under way when the viewer is on duty now', async () => {
    await renderDuty(
      fakeZooportApi({
        getMyShifts: async () => ({
          userRef: 'user:default/amara',
          shifts: [
            myShift({
              start: fromNow({ days: -5, hours: -3 }),
              end: fromNow({ days: 2, hours: -3 }),
            }),
          ],
          observing: [],
        }),
      }),
    );

    expect(
      await screen.findByText(
        /^You are on duty at the 🐢 turtle desk until Wed 25 Nov, 08:00/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Shadowing' })).toBeNull();
  });

  it('says when the viewer has no duty coming', async () => {
    await renderDuty(
      fakeZooportApi({
        getMyShifts: async () => ({
          userRef: 'user:default/amara',
          shifts: [],
          observing: [],
        }),
      }),
    );
    expect(
      await screen.findByText('No duty in the next 13 weeks'),
    ).toBeInTheDocument();
  });
});
