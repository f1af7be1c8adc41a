import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  Desk,
  RequestFilter,
  SupportRequest,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { useLocation, useNavigate } from 'react-router-dom';
import {
  fakeZooportApi,
  renderWithZooport,
  slaClock,
  supportRequest,
  turtleDesk,
  turtleZooDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  dbaTeam,
  elephantZooDesk,
} from '../../../__testUtils__/knowledgeFixtures';
import { typistOnFakeClock } from '../../../__testUtils__/typing';
import { ZooportApi } from '../../../api';
import { ZooportPage } from '../../pages/ZooportPage';

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

/** The page address as the browser shows it, and its Back button. */
const Browser = () => {
  const { search } = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="Address">{search}</output>
      <button onClick={() => navigate(-1)}>Back</button>
    </>
  );
};

const address = () => screen.getByRole('status', { name: 'Address' });

/** A fake `listRequests` that finds `items`, whatever it is asked. */
const listing = (...items: SupportRequest[]) =>
  jest.fn(async (_filter: RequestFilter) => ({ items, nextCursor: null }));

function renderRequests(
  listRequests: jest.Mock,
  options: {
    memberOf?: string[];
    at?: string;
    api?: Partial<ZooportApi>;
  } = {},
) {
  const { api, at = '/zooport/requests', ...rest } = options;
  return renderWithZooport(
    <>
      <ZooportPage />
      <Browser />
    </>,
    {
      api: fakeZooportApi({ listRequests, ...api }),
      path: '/zooport/*',
      at,
      ...rest,
    },
  );
}

const rowTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);

describe('RequestsView', () => {
  afterEach(() => jest.useRealTimers());

  it('lists what is assigned to me, breached first, each linked to its page', async () => {
    const listRequests = listing(onTrack, breached);
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
    const listRequests = listing(onTrack);
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
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('All statuses');
  });

  it('explains My desks to someone in no team with a desk', async () => {
    const listRequests = listing();
    const user = userEvent.setup();
    await renderRequests(listRequests, { memberOf: ['user:default/amara'] });

    await user.click(await screen.findByRole('tab', { name: 'My desks' }));
    expect(
      await screen.findByText('You are in no team with a support desk'),
    ).toBeInTheDocument();
  });

  it('narrows a queue by status, priority and breached SLAs, kept in the address', async () => {
    const listRequests = listing(onTrack);
    const user = userEvent.setup();
    await renderRequests(listRequests);

    const status = await screen.findByLabelText('Status');
    expect(status).toHaveDisplayValue('Open');
    await user.selectOptions(status, 'Closed');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        status: ['closed'],
      }),
    );
    await user.selectOptions(screen.getByLabelText('Priority'), 'High');
    await user.click(screen.getByLabelText('Breached SLA only'));
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        status: ['closed'],
        priority: ['high'],
        breached: true,
      }),
    );
    expect(address()).toHaveTextContent(
      /^\?status=closed&priority=high&breached=true$/,
    );

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('Breached SLA only')).not.toBeChecked();
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        status: ['closed'],
        priority: ['high'],
      }),
    );

    await user.selectOptions(screen.getByLabelText('Status'), 'All statuses');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        priority: ['high'],
      }),
    );

    // Another queue starts unfiltered.
    await user.click(screen.getByRole('tab', { name: 'My desks' }));
    expect(await screen.findByLabelText('Status')).toHaveDisplayValue('Open');
    expect(screen.getByLabelText('Priority')).toHaveDisplayValue(
      'Any priority',
    );
  });

  it("opens a chart's link to a desk the reader is not in, and shows why the list is short", async () => {
    const listRequests = listing(onTrack);
    const user = userEvent.setup();
    const search = new URLSearchParams({
      queue: 'desks',
      desk: 'group:default/platform-software',
      status: 'all',
      filedFrom: '2026-11-03T00:00:00Z',
      filedTo: '2026-11-10T00:00:00Z',
      type: 'type-question',
      category: 'documentation_link',
    });
    await renderRequests(listRequests, {
      memberOf: ['user:default/amara'],
      at: `/zooport/requests?${search}`,
    });

    expect(await screen.findByLabelText('Desk')).toHaveDisplayValue(
      '🐢 turtle (platform-software)',
    );
    expect(listRequests).toHaveBeenLastCalledWith({
      desk: ['group:default/platform-software'],
      filedFrom: '2026-11-03T00:00:00Z',
      filedTo: '2026-11-10T00:00:00Z',
      type: ['type-question'],
      category: ['documentation_link'],
    });
    const chips = within(
      screen.getByRole('list', { name: 'Also narrowed to' }),
    );
    expect(chips.getByText('Filed 3–9 Nov')).toBeInTheDocument();
    expect(await chips.findByText('Type: Question')).toBeInTheDocument();
    expect(
      chips.getByText('Resolved as: pointed to documentation'),
    ).toBeInTheDocument();

    await user.click(screen.getByTitle('Remove: Filed 3–9 Nov'));
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        desk: ['group:default/platform-software'],
        type: ['type-question'],
        category: ['documentation_link'],
      }),
    );
    expect(address()).not.toHaveTextContent('filed');
    expect(screen.queryByText('Filed 3–9 Nov')).not.toBeInTheDocument();
  });

  it('opens a shared address with its filters', async () => {
    const listRequests = listing();
    await renderRequests(listRequests, {
      at: '/zooport/requests?queue=requested&status=waiting_for_requester&text=canary',
    });

    expect(
      await screen.findByText('No requests match these filters'),
    ).toBeInTheDocument();
    expect(listRequests).toHaveBeenCalledTimes(1);
    expect(listRequests).toHaveBeenCalledWith({
      requester: 'me',
      status: ['waiting_for_requester'],
      text: 'canary',
    });
    expect(screen.getByLabelText('Status')).toHaveDisplayValue(
      'Waiting for requester',
    );
    expect(screen.getByLabelText('Search requests')).toHaveValue('canary');
  });

  it('searches with the typed words once typing pauses', async () => {
    const listRequests = listing(breached);
    const { user, pause } = typistOnFakeClock();
    await renderRequests(listRequests);

    await user.type(
      await screen.findByLabelText('Search requests'),
      'canary step',
    );
    const searched = () =>
      listRequests.mock.calls.map(([filter]) => filter.text).filter(Boolean);
    expect(searched()).toEqual([]);

    await pause();
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        status: 'open',
        text: 'canary step',
      }),
    );
    expect(searched()).toEqual(['canary step']);
    expect(address()).toHaveTextContent(/^\?text=canary\+step$/);
  });

  it('undoes a search with one step Back, keeping the filters before it', async () => {
    const listRequests = listing(onTrack);
    const user = userEvent.setup();
    await renderRequests(listRequests);

    await user.selectOptions(await screen.findByLabelText('Status'), 'Closed');
    await user.type(screen.getByLabelText('Search requests'), 'canary');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        status: ['closed'],
        text: 'canary',
      }),
    );
    expect(address()).toHaveTextContent(/^\?status=closed&text=canary$/);

    await user.click(screen.getByRole('button', { name: 'Back' }));

    expect(address()).toHaveTextContent(/^\?status=closed$/);
    expect(screen.getByLabelText('Search requests')).toHaveValue('');
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('Closed');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        assignee: 'me',
        status: ['closed'],
      }),
    );
  });

  it('loads the next page of a narrowed queue with its filters', async () => {
    const listRequests = jest.fn(async (filter: RequestFilter) =>
      filter.cursor
        ? { items: [older], nextCursor: null }
        : { items: [onTrack], nextCursor: 'page-2' },
    );
    const user = userEvent.setup();
    await renderRequests(listRequests, {
      at: '/zooport/requests?priority=urgent',
    });

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Old question')).toBeInTheDocument();
    expect(listRequests).toHaveBeenLastCalledWith({
      assignee: 'me',
      status: 'open',
      priority: ['urgent'],
      cursor: 'page-2',
    });
  });

  it.each([
    ['Assigned to me', '/zooport/requests'],
    ['Requested by me', '/zooport/requests?queue=requested'],
  ])(
    'files a new request with a chosen desk and shows it among my own, from %s',
    async (_queue, at) => {
      const elephantDesk: Desk = {
        ...turtleDesk,
        teamRef: dbaTeam,
        animal: elephantZooDesk.animal,
      };
      const zoo: ZooDesk[] = [turtleZooDesk, elephantZooDesk];
      const filed: SupportRequest[] = [];
      const createRequest = jest.fn(async input => {
        const request = supportRequest({
          id: 'req-9',
          teamRef: input.teamRef,
          title: input.title,
        });
        filed.push(request);
        return request;
      });
      const listRequests = jest.fn(async (filter: RequestFilter) => ({
        items: filter.requester ? [...filed] : [],
        nextCursor: null,
      }));
      const user = userEvent.setup();
      await renderRequests(listRequests, {
        at,
        api: {
          getZoo: async () => zoo,
          getDesk: async teamRef =>
            teamRef === dbaTeam ? elephantDesk : turtleDesk,
          createRequest,
        },
      });

      await user.click(
        await screen.findByRole('button', { name: 'New request' }),
      );
      const picker = screen.getByRole('dialog', { name: 'New request' });
      const next = within(picker).getByRole('button', { name: 'Continue' });
      expect(next).toBeDisabled();
      await user.selectOptions(
        within(picker).getByLabelText('Desk'),
        '🐘 elephant (database-administrators)',
      );
      await user.click(next);

      const form = await screen.findByRole('dialog', {
        name: 'Ask the elephant',
      });
      await user.type(
        await within(form).findByLabelText(/Title/),
        'Restore last night',
      );
      await user.click(
        within(form).getByRole('button', { name: 'Request support' }),
      );

      expect(
        await screen.findByRole('dialog', { name: 'Request filed' }),
      ).toBeInTheDocument();
      expect(createRequest).toHaveBeenCalledWith(
        expect.objectContaining({
          teamRef: dbaTeam,
          title: 'Restore last night',
        }),
      );
      await user.click(screen.getByRole('button', { name: 'Done' }));
      expect(
        await screen.findByRole('link', { name: 'Restore last night' }),
      ).toHaveAttribute('href', '/zooport/requests/req-9');
      expect(
        screen.getByRole('tab', { name: 'Requested by me' }),
      ).toHaveAttribute('aria-selected', 'true');
    },
    20_000,
  );
});
