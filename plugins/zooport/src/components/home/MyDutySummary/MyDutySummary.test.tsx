import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import { fromNow } from '../../../__testUtils__/clock';
import {
  errorResponse,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  slaClock,
  supportRequest,
} from '../../../__testUtils__/fakeZooportApi';
import { myShift } from '../../../__testUtils__/knowledgeFixtures';
import { ZooportApi } from '../../../api';
import { MyDutySummary } from './MyDutySummary';

const noShifts = async () => ({
  userRef: 'user:default/amara',
  shifts: [],
  observing: [],
});

function withSla(id: string, title: string, state: 'at_risk' | 'breached') {
  return supportRequest({
    id,
    title,
    sla: {
      firstResponse: slaClock({ state }),
      resolution: slaClock({ targetMinutes: 1440 }),
    },
  });
}

const openRequests = [
  supportRequest({ id: 'calm', title: 'Staging is slow' }),
  withSla('risky', 'Cannot log in to Grafana', 'at_risk'),
  withSla('late', 'Deploys hang at the canary step', 'breached'),
];

function renderWidget(api: Partial<ZooportApi> = {}, memberOf?: string[]) {
  return renderWithZooport(<MyDutySummary />, {
    api: fakeZooportApi({
      listRequests: async () => ({ items: openRequests, nextCursor: null }),
      ...api,
    }),
    memberOf,
  });
}

describe('MyDutySummary', () => {
  it("tells the next shift and lists the desks' open requests, the pressing ones first", async () => {
    const listRequests = jest.fn(async () => ({
      items: openRequests,
      nextCursor: null,
    }));
    await renderWidget({ listRequests });

    expect(
      await screen.findByText(
        'Your next shift is at the 🐢 turtle desk (Zooporter) from Wed 25 Nov, 08:00 until Wed 2 Dec, 08:00.',
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', {
      name: 'Open requests at your desks',
    });
    const titles = within(list)
      .getAllByRole('link')
      .map(link => link.textContent);
    expect(titles).toEqual([
      'Deploys hang at the canary step',
      'Cannot log in to Grafana',
      'Staging is slow',
    ]);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      '🐢 turtle · New',
    );
    expect(within(list).getByText('Breached')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All 3 open requests' }),
    ).toHaveAttribute('href', '/zooport/requests?queue=desks');
    expect(listRequests).toHaveBeenCalledWith(
      expect.objectContaining({ desk: [platformTeam], status: 'open' }),
    );
  });

  it('speaks of the shift under way when the viewer is on duty now', async () => {
    await renderWidget({
      getMyShifts: async () => ({
        userRef: 'user:default/amara',
        shifts: [
          myShift({
            start: fromNow({ days: -1 }),
            end: fromNow({ days: 6 }),
            role: 'secondary',
            source: 'override',
          }),
        ],
        observing: [],
      }),
    });

    expect(
      await screen.findByText(
        'You are on duty at the 🐢 turtle desk (secondary, covering) until Sun 29 Nov, 11:00.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when the desks have no open request', async () => {
    await renderWidget({
      listRequests: async () => ({ items: [], nextCursor: null }),
    });

    expect(
      await screen.findByText(/No open requests at your desks right now/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: "see your desks' queue" }),
    ).toHaveAttribute('href', '/zooport/requests?queue=desks');
  });

  it('says what to do when the viewer has no duty and no desk', async () => {
    const listRequests = jest.fn();
    await renderWidget({ getMyShifts: noShifts, listRequests }, [
      'user:default/amara',
    ]);

    expect(
      await screen.findByText(/You are in no rotation and in no team/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'see who is on duty in the zoo' }),
    ).toHaveAttribute('href', '/zooport');
    expect(listRequests).not.toHaveBeenCalled();
  });

  it("shows the backend's error when the requests cannot be read", async () => {
    const refusal = await ResponseError.fromResponse(
      errorResponse(500, 'Error', 'the queue is flooded'),
    );
    await renderWidget({
      listRequests: async () => {
        throw refusal;
      },
    });

    expect(
      (await screen.findAllByText(/the queue is flooded/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Your next shift/)).toBeNull();
  });

  it('shows progress while the shifts load', async () => {
    await renderWidget({ getMyShifts: () => new Promise(() => {}) });

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
