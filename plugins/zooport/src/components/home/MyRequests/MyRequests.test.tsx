import { ResponseError } from '@backstage/errors';
import { screen, within } from '@testing-library/react';
import { RequestFilter } from '@zooport/plugin-zooport-common';
import {
  errorResponse,
  fakeZooportApi,
  renderWithZooport,
  slaClock,
  supportRequest,
} from '../../../__testUtils__/fakeZooportApi';
import { fromNow } from '../../../__testUtils__/clock';
import { ZooportApi } from '../../../api';
import { MyRequests } from './MyRequests';

const waiting = supportRequest({
  id: 'waiting',
  title: 'Need write access to orders-db',
  status: 'waiting_for_requester',
  createdAt: fromNow({ days: -2 }),
  sla: {
    firstResponse: slaClock({ state: 'met' }),
    resolution: slaClock({ state: 'at_risk', paused: true }),
  },
});
const resolved = supportRequest({
  id: 'resolved',
  title: 'How do I rotate my token?',
  status: 'resolved',
});

/** The backend's answers: open ones when asked for them, else newest first. */
async function myRequests(filter: RequestFilter) {
  return {
    items: filter.status === 'open' ? [waiting] : [resolved, waiting],
    nextCursor: null,
  };
}

function renderWidget(api: Partial<ZooportApi> = {}) {
  return renderWithZooport(<MyRequests />, {
    api: fakeZooportApi({ listRequests: myRequests, ...api }),
  });
}

describe('MyRequests', () => {
  it("lists the viewer's requests, open ones first, with status and SLA", async () => {
    const listRequests = jest.fn(myRequests);
    await renderWidget({ listRequests });

    const list = await screen.findByRole('list', { name: 'Your requests' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Need write access to orders-db');
    expect(rows[0]).toHaveTextContent(
      '🐢 turtle · Waiting for requester · filed 2 days ago',
    );
    expect(rows[0]).toHaveTextContent('At risk, paused');
    expect(
      within(rows[0]).getByRole('link', {
        name: 'Need write access to orders-db',
      }),
    ).toHaveAttribute('href', '/zooport/requests/waiting');
    expect(rows[1]).toHaveTextContent('How do I rotate my token?');
    expect(rows[1]).toHaveTextContent('Resolved');
    expect(
      screen.getByRole('link', { name: 'All your requests' }),
    ).toHaveAttribute('href', '/zooport/requests?queue=requested');
    expect(listRequests).toHaveBeenCalledWith(
      expect.objectContaining({ requester: 'me', status: 'open' }),
    );
  });

  it('says how to ask for help when the viewer has filed none', async () => {
    await renderWidget({
      listRequests: async () => ({ items: [], nextCursor: null }),
    });

    expect(
      await screen.findByText(/You have filed no support requests yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'ask an animal in the zoo' }),
    ).toHaveAttribute('href', '/zooport');
  });

  it("shows the backend's error when the requests cannot be read", async () => {
    const refusal = await ResponseError.fromResponse(
      errorResponse(403, 'NotAllowedError', 'requests are not for you'),
    );
    await renderWidget({
      listRequests: async () => {
        throw refusal;
      },
    });

    expect(
      (await screen.findAllByText(/requests are not for you/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows progress while the requests load', async () => {
    await renderWidget({ listRequests: () => new Promise(() => {}) });

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
