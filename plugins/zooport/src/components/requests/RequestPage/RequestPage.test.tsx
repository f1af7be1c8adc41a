import { RequestDetail } from '@zooport/plugin-zooport-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  requestDetail,
  requestEvent,
  slaClock,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import { fromNow } from '../../../__testUtils__/clock';
import {
  backupEntry,
  dbaTeam,
  elephantZooDesk,
  knowledgeEntry,
  searchHit,
} from '../../../__testUtils__/knowledgeFixtures';
import { ZooportApi } from '../../../api';
import { ZooportPage } from '../../pages/ZooportPage';

const asDesk = { update: true, participate: true, approve: false };
const asRequester = { update: false, participate: true, approve: false };

async function renderRequest(
  detail: Partial<RequestDetail>,
  overrides: Partial<ZooportApi> = {},
  memberOf?: string[],
) {
  const getRequest = jest.fn(async () => requestDetail(detail));
  const api = fakeZooportApi({ getRequest, ...overrides });
  await renderWithZooport(<ZooportPage />, {
    api,
    path: '/zooport/*',
    at: '/zooport/requests/req-1',
    memberOf,
  });
  return { getRequest };
}

/** The desk's resolve dialog on an in-progress request, with `category` chosen. */
async function openResolveDialog(
  overrides: Partial<ZooportApi>,
  category: string,
) {
  await renderRequest({ may: asDesk, status: 'in_progress' }, overrides);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Resolve…' }));
  const dialog = screen.getByRole('dialog', { name: 'Resolve the request' });
  await user.selectOptions(
    within(dialog).getByLabelText('Resolution'),
    category,
  );
  return { user, dialog };
}

const buttonNames = () =>
  screen
    .queryAllByRole('button')
    .map(button => button.textContent)
    .filter(
      name =>
        name &&
        !['Comment', 'Add note', 'Assign to me', 'Hand over…'].includes(name),
    );

describe('RequestPage', () => {
  it('shows the request, its SLA clocks and its history with internal notes marked', async () => {
    await renderRequest({
      may: asDesk,
      sla: {
        firstResponse: slaClock({ state: 'breached', elapsedMinutes: 150 }),
        resolution: slaClock({
          state: 'at_risk',
          targetMinutes: 1440,
          elapsedMinutes: 1200,
          deadline: fromNow({ days: 3, hours: -1 }),
        }),
      },
      events: [
        ...requestDetail().events,
        requestEvent({
          id: '3',
          kind: 'comment',
          actorRef: 'user:default/amara',
          body: 'Looking at the **canary** logs.',
        }),
        requestEvent({
          id: '4',
          kind: 'comment',
          actorRef: 'user:default/amara',
          body: 'Probably the flaky runner again.',
          internal: true,
        }),
        requestEvent({
          id: '5',
          kind: 'sla_breach',
          actorRef: 'zooport',
          details: { clock: 'first response' },
        }),
      ],
    });

    expect(
      await screen.findByRole('heading', {
        name: 'Deploys hang at the canary step',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Monday').tagName).toBe('STRONG');

    const firstResponse = screen.getByRole('group', {
      name: 'First response clock',
    });
    expect(within(firstResponse).getByText('Breached')).toBeInTheDocument();
    expect(
      within(firstResponse).getByText(/Mon 13:00 Europe\/Berlin/),
    ).toBeInTheDocument();
    expect(
      within(firstResponse).getByText(
        /2 h 30 min of 2 h, counted in support hours/,
      ),
    ).toBeInTheDocument();
    const resolution = screen.getByRole('group', { name: 'Resolution clock' });
    expect(within(resolution).getByText('At risk')).toBeInTheDocument();

    const history = screen.getByRole('list', { name: 'History' });
    const lines = within(history).getAllByRole('listitem');
    expect(lines.map(line => line.textContent)).toEqual([
      expect.stringContaining('filed the request'),
      expect.stringContaining('Routed to'),
      expect.stringContaining('Looking at the canary logs.'),
      expect.stringContaining('Probably the flaky runner again.'),
      expect.stringContaining('The first response clock breached'),
    ]);
    expect(within(lines[2]).queryByText('Internal note')).toBeNull();
    expect(within(lines[3]).getByText('Internal note')).toBeInTheDocument();
  });

  it('offers the requester only closing and escalating, and public comments', async () => {
    await renderRequest({ may: asRequester });

    await screen.findByRole('heading', { name: /canary step/ });
    expect(buttonNames()).toEqual(['Close…', 'Escalate…']);
    expect(screen.queryByLabelText(/Internal note/)).not.toBeInTheDocument();
  });

  it('offers the requester nothing on a closed request but the history', async () => {
    await renderRequest({ may: asRequester, status: 'closed' }, {}, [
      'user:default/amara',
    ]);

    await screen.findByRole('heading', { name: /canary step/ });
    expect(buttonNames()).toEqual([]);
    expect(screen.queryByLabelText('Comment')).not.toBeInTheDocument();
  });

  it('lets the desk acknowledge a new request and shows its new status', async () => {
    const transition = jest.fn(async () => requestDetail());
    const { getRequest } = await renderRequest({ may: asDesk }, { transition });
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: /canary step/ });
    expect(buttonNames()).toEqual([
      'Acknowledge',
      'Start work',
      'Wait for requester…',
      'Resolve…',
      'Close…',
      'Escalate…',
    ]);
    getRequest.mockResolvedValue(
      requestDetail({ may: asDesk, status: 'acknowledged' }),
    );
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));

    expect(transition).toHaveBeenCalledWith('req-1', { action: 'acknowledge' });
    expect(
      await screen.findByText(/^Acknowledged · Medium priority/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Acknowledge' }),
    ).not.toBeInTheDocument();
  });

  it('resolves with a bug ticket only once the ticket is named, with the time spent', async () => {
    const transition = jest.fn(async () => requestDetail());
    const { user, dialog } = await openResolveDialog(
      { transition },
      'Bug ticket created',
    );
    const resolve = within(dialog).getByRole('button', { name: 'Resolve' });
    expect(resolve).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText(/Bug ticket URL/),
      'https://tickets.example.com/PLAT-42',
    );
    const spent = within(dialog).getByLabelText('Time spent');
    await user.type(spent, 'a while');
    expect(resolve).toBeDisabled();
    expect(
      within(dialog).getByText('A span, e.g. 20 min or 1 h 30 min'),
    ).toBeInTheDocument();
    await user.clear(spent);
    await user.type(spent, '1 h 15 min');
    await user.click(resolve);

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(transition).toHaveBeenCalledWith('req-1', {
      action: 'resolve',
      resolution: {
        category: 'bug_ticket_created',
        url: 'https://tickets.example.com/PLAT-42',
        minutesSpent: 75,
      },
    });
  });

  it('answers with an FAQ entry found by its title, not by its id', async () => {
    const transition = jest.fn(async () => requestDetail());
    const searchEntries = jest.fn(async (q: string) =>
      q.includes('backed') ? [searchHit(backupEntry, backupEntry.title)] : [],
    );
    const { user, dialog } = await openResolveDialog(
      { transition, searchEntries },
      'Answered by an FAQ entry',
    );
    const resolve = within(dialog).getByRole('button', { name: 'Resolve' });
    const picker = within(dialog).getByLabelText(/FAQ entry or playbook/);
    await user.type(picker, 'backed up');
    await user.click(
      await screen.findByRole('option', {
        name: /How often are databases backed up\?/,
      }),
    );
    expect(searchEntries).toHaveBeenLastCalledWith('backed up', { limit: 10 });
    expect(picker).toHaveValue('How often are databases backed up?');
    expect(resolve).toBeEnabled();
    await user.click(resolve);

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(transition).toHaveBeenCalledWith('req-1', {
      action: 'resolve',
      resolution: { category: 'faq_entry', entryId: 'entry-backup' },
    });
  });

  it('redirects to a desk picked by its animal, never its own', async () => {
    const transition = jest.fn(async () => requestDetail());
    const { user, dialog } = await openResolveDialog(
      {
        transition,
        getZoo: async () => [
          elephantZooDesk,
          {
            ...elephantZooDesk,
            teamRef: platformTeam,
            animal: turtleDesk.animal,
          },
        ],
      },
      'Redirected to another desk',
    );
    await user.type(within(dialog).getByLabelText(/Desk to send it to/), 'e');
    const options = within(await screen.findByRole('listbox')).getAllByRole(
      'option',
    );
    expect(options.map(option => option.textContent)).toEqual([
      '🐘 elephant, database-administrators',
    ]);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(transition).toHaveBeenCalledWith('req-1', {
      action: 'resolve',
      resolution: { category: 'redirected', redirectTo: { teamRef: dbaTeam } },
    });
  });

  it('shows the requester how the desk resolved it, with the note and what it points to', async () => {
    const getEntry = jest.fn(async (id: string) =>
      knowledgeEntry({ id, title: 'How do I rerun a canary?' }),
    );
    await renderRequest(
      {
        may: asRequester,
        status: 'resolved',
        resolvedAt: fromNow({ hours: -2 }, 'utc'),
        resolution: {
          category: 'faq_entry',
          note: 'Rerun it with **--force**, as the entry says.',
          entryId: 'entry-42',
          url: null,
          redirectedTo: null,
          minutesSpent: 5,
        },
      },
      { getEntry },
    );

    const card = await screen.findByRole('region', { name: 'Resolution' });
    expect(
      within(card).getByText('Answered by an FAQ entry'),
    ).toBeInTheDocument();
    expect(within(card).getByText('--force')).toBeInTheDocument();
    expect(within(card).getByText(/^Resolved /)).toBeInTheDocument();
    const entryLink = await within(card).findByRole('link', {
      name: 'How do I rerun a canary?',
    });
    expect(entryLink).toHaveAttribute('href', '/zooport/knowledge/entry-42');
    expect(getEntry).toHaveBeenCalledWith('entry-42');
  });

  it('links the request a duplicate repeats and the ticket a bug became', async () => {
    const getRequest = jest.fn(async (id: string) =>
      requestDetail(
        id === 'req-1'
          ? {
              may: asRequester,
              status: 'closed',
              resolvedAt: fromNow({ days: -1 }, 'utc'),
              resolution: {
                category: 'duplicate',
                note: null,
                duplicateOf: 'req-0',
                url: 'https://tickets.example.com/PLAT-7',
                minutesSpent: 0,
              },
            }
          : { id, title: 'Canary stuck since Monday' },
      ),
    );
    const api = fakeZooportApi({ getRequest });
    await renderWithZooport(<ZooportPage />, {
      api,
      path: '/zooport/*',
      at: '/zooport/requests/req-1',
    });

    const card = await screen.findByRole('region', { name: 'Resolution' });
    expect(within(card).getByText('Duplicate')).toBeInTheDocument();
    expect(
      within(card).getByText('The desk left no note.'),
    ).toBeInTheDocument();
    expect(
      await within(card).findByRole('link', {
        name: 'Canary stuck since Monday',
      }),
    ).toHaveAttribute('href', '/zooport/requests/req-0');
    expect(
      within(card).getByRole('link', {
        name: /^https:\/\/tickets\.example\.com\/PLAT-7/,
      }),
    ).toBeInTheDocument();
  });

  it('shows no resolution while the request is open', async () => {
    await renderRequest({ may: asRequester });
    await screen.findByRole('heading', {
      name: 'Deploys hang at the canary step',
    });
    expect(
      screen.queryByRole('region', { name: 'Resolution' }),
    ).not.toBeInTheDocument();
  });

  it('lets the desk write an internal note', async () => {
    const comment = jest.fn(async () => []);
    await renderRequest({ may: asDesk }, { comment });
    const user = userEvent.setup();

    await user.click(
      await screen.findByLabelText('Internal note, for the desk only'),
    );
    await user.type(screen.getByLabelText('Internal note'), 'Runner 7 again');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    expect(comment).toHaveBeenCalledWith('req-1', {
      body: 'Runner 7 again',
      internal: true,
    });
    // The next words go to the requester unless ticked again.
    await waitFor(() =>
      expect(screen.getByLabelText('Comment')).toHaveValue(''),
    );
    expect(
      screen.getByLabelText('Internal note, for the desk only'),
    ).not.toBeChecked();
  });

  it('lets the desk take a request or hand it to a teammate', async () => {
    const assignRequest = jest.fn(async () => requestDetail());
    await renderRequest(
      { may: asDesk, assigneeRef: 'user:default/lars' },
      { assignRequest },
    );
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Assign to me' }),
    );
    await waitFor(() =>
      expect(assignRequest).toHaveBeenCalledWith('req-1', 'user:default/amara'),
    );

    await user.click(screen.getByRole('button', { name: 'Hand over…' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Hand the request over',
    });
    const to = within(dialog).getByLabelText('To');
    await waitFor(() =>
      expect(
        within(to)
          .getAllByRole('option')
          .map(option => option.textContent),
      ).toEqual(['Nobody: back to the queue', 'Amara Okafor', 'Mei Chen']),
    );
    await user.selectOptions(to, 'Mei Chen');
    await user.click(within(dialog).getByRole('button', { name: 'Hand over' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(assignRequest).toHaveBeenLastCalledWith('req-1', 'user:default/mei');
  });

  it('offers the requester no way to change hands, and tells who did', async () => {
    await renderRequest({
      may: asRequester,
      events: [
        requestEvent({
          id: '1',
          kind: 'assigned',
          actorRef: 'user:default/lars',
          details: { to: 'user:default/lars', reason: 'taken' },
        }),
        requestEvent({
          id: '2',
          kind: 'assigned',
          actorRef: 'user:default/lars',
          details: { to: 'user:default/mei', reason: 'handed' },
        }),
        requestEvent({
          id: '3',
          kind: 'assigned',
          actorRef: 'user:default/mei',
          details: { to: null, reason: 'released' },
        }),
      ],
    });

    const lines = within(
      await screen.findByRole('list', { name: 'History' }),
    ).getAllByRole('listitem');
    expect(lines.map(line => line.textContent)).toEqual([
      expect.stringMatching(/^lars took the request/),
      expect.stringMatching(/^lars handed the request to mei/),
      expect.stringMatching(/^mei put the request back in the queue/),
    ]);
    expect(
      screen.queryByRole('button', { name: 'Assign to me' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Hand over…' }),
    ).not.toBeInTheDocument();
  });

  it('closes only after saying that closing is final', async () => {
    const transition = jest.fn(async () => requestDetail());
    await renderRequest({ may: asRequester }, { transition });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Close…' }));
    const dialog = screen.getByRole('dialog', { name: 'Close the request?' });
    expect(dialog).toHaveTextContent(/Closing is final: nobody can reopen it/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(transition).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close…' }));
    await user.click(
      within(
        screen.getByRole('dialog', { name: 'Close the request?' }),
      ).getByRole('button', { name: 'Close request' }),
    );
    await waitFor(() =>
      expect(transition).toHaveBeenCalledWith('req-1', { action: 'close' }),
    );
  });

  it('asks the requester a question when it waits for them', async () => {
    const transition = jest.fn(async () => requestDetail());
    await renderRequest({ may: asDesk, status: 'in_progress' }, { transition });
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Wait for requester…' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Ask the requester' });
    const ask = within(dialog).getByRole('button', { name: 'Ask and wait' });
    expect(ask).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText(/What do you need from them\?/),
      'Which cluster does the canary run in?',
    );
    await user.click(ask);

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(transition).toHaveBeenCalledWith('req-1', {
      action: 'wait_for_requester',
      note: 'Which cluster does the canary run in?',
    });
  });

  it('says why work cannot start while an approval is pending', async () => {
    const pending = {
      state: 'pending' as const,
      approvers: ['user:default/mei'],
      by: null,
      at: null,
      note: null,
    };
    await renderRequest({
      may: asDesk,
      status: 'acknowledged',
      approval: pending,
    });

    expect(
      await screen.findByRole('button', { name: 'Start work' }),
    ).toBeDisabled();
    expect(
      screen.getByText('Work starts once an approver agrees.'),
    ).toBeInTheDocument();
  });

  it('says a paused clock has no deadline, and shows the time the desk spent', async () => {
    await renderRequest({
      may: asDesk,
      status: 'resolved',
      resolvedAt: fromNow({ hours: -1 }),
      resolution: {
        category: 'answered',
        note: null,
        minutesSpent: 75,
      },
      sla: {
        firstResponse: slaClock({ state: 'met' }),
        resolution: slaClock({ deadline: null, paused: true }),
      },
    });
    const resolution = await screen.findByRole('group', {
      name: 'Resolution clock',
    });
    expect(
      within(resolution).getByText('No deadline while the clock is paused'),
    ).toBeInTheDocument();
    const spent = screen.getByText('Time spent');
    expect(within(spent.closest('tr')!).getByText('1 h 15 min')).toBeVisible();
  });
});
