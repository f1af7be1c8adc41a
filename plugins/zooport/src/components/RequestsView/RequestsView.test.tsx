import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  slaClock,
  supportRequest,
} from '../../__testUtils__/fakeZooportApi';
import { RequestFilter } from '../../api';
import { ZooportPage } from '../ZooportPage';

const onTrack = supportRequest({ id: 'req-1', title: 'How do I add a stage?' });
const breached = supportRequest({
  id: 'req-2',
  title: 'Deploys hang at the canary step',
  priority: 'high',
  status: 'acknowledged',
  sla: {
    firstResponse: slaClock({ state: 'met' }),
    resolution: slaClock({ state: 'breached' }),
  },
});
const older = supportRequest({ id: 'req-3', title: 'Old question' });

function renderRequests(
  listRequests: jest.Mock,
  options: { memberOf?: string[] } = {},
) {
  return renderWithZooport(<ZooportPage />, {
    api: fakeZooportApi({ listRequests }),
    path: '/zooport/*',
    at: '/zooport/requests',
    ...options,
  });
}

const rowTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);

describe('RequestsView', () => {
  it('lists what is assigned to me, breached first, each linked to its page', async () => {
    const listRequests = jest.fn(async () => ({
      items: [onTrack, breached],
      nextCursor: null,
    }));
    await renderRequests(listRequests);

    expect(
      await screen.findByRole('link', { name: 'How do I add a stage?' }),
    ).toHaveAttribute('href', '/zooport/requests/req-1');
    expect(listRequests).toHaveBeenCalledWith({
      assignee: 'me',
      status: 'open',
    });
    expect(rowTitles()).toEqual([
      'Deploys hang at the canary step',
      'How do I add a stage?',
    ]);
    const [first] = screen.getAllByRole('row').slice(1);
    expect(within(first).getByText('🐢 turtle')).toBeInTheDocument();
    expect(within(first).getByText('High')).toBeInTheDocument();
    expect(within(first).getByText('Acknowledged')).toBeInTheDocument();
    expect(within(first).getByText('Breached')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Requests' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('loads the next page on demand', async () => {
    const listRequests = jest.fn(async (filter: RequestFilter) =>
      filter.cursor
        ? { items: [older], nextCursor: null }
        : { items: [onTrack], nextCursor: 'page-2' },
    );
    const user = userEvent.setup();
    await renderRequests(listRequests);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Old question')).toBeInTheDocument();
    expect(screen.getByText('How do I add a stage?')).toBeInTheDocument();
    expect(listRequests).toHaveBeenLastCalledWith(
      expect.objectContaining({ cursor: 'page-2' }),
    );
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
  });

  it("shows my desks' open requests and my own requests", async () => {
    const listRequests = jest.fn(async () => ({
      items: [onTrack],
      nextCursor: null,
    }));
    const user = userEvent.setup();
    await renderRequests(listRequests);

    await user.click(await screen.findByRole('tab', { name: 'My desks' }));
    expect(await screen.findByLabelText('Desk')).toHaveDisplayValue(
      'All my desks',
    );
    expect(listRequests).toHaveBeenLastCalledWith({
      desk: ['group:default/platform-software'],
      status: 'open',
    });

    await user.click(screen.getByRole('tab', { name: 'Requested by me' }));
    await screen.findByText('How do I add a stage?');
    expect(listRequests).toHaveBeenLastCalledWith({ requester: 'me' });
  });

  it('explains My desks to someone in no team with a desk', async () => {
    const listRequests = jest.fn(async () => ({ items: [], nextCursor: null }));
    const user = userEvent.setup();
    await renderRequests(listRequests, { memberOf: ['user:default/amara'] });

    await user.click(await screen.findByRole('tab', { name: 'My desks' }));
    expect(
      await screen.findByText('You are in no team with a support desk'),
    ).toBeInTheDocument();
  });
});
