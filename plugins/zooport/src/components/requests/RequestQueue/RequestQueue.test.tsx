import { RequestFilter } from '@zooport/plugin-zooport-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  supportRequest,
} from '../../../__testUtils__/fakeZooportApi';
import { ZooportApi } from '../../../api';
import { RequestQueue } from './RequestQueue';

const deskQueue: RequestFilter = {
  desk: [platformTeam],
  status: 'open',
  limit: 100,
};

const finishedRequests: RequestFilter = {
  requester: 'me',
  status: ['resolved', 'closed'],
};

/** A fake `listRequests` that finds no requests. */
const findingNothing = () =>
  jest.fn(async (_filter: RequestFilter) => ({ items: [], nextCursor: null }));

/** The queue of `filter`, with a fake backend whose requests `listRequests` finds. */
function renderQueue(
  filter: RequestFilter,
  listRequests: ZooportApi['listRequests'],
) {
  return renderWithZooport(
    <RequestQueue filter={filter} emptyTitle="No open requests" />,
    { api: fakeZooportApi({ listRequests }) },
  );
}

describe('RequestQueue', () => {
  it('shows who asked and who has each request', async () => {
    const listRequests = jest.fn(async () => ({
      items: [
        supportRequest({
          id: 'r1',
          requesterRef: 'user:default/mei',
          assigneeRef: 'user:default/lars',
        }),
        supportRequest({ id: 'r2', assigneeRef: null }),
      ],
      nextCursor: null,
    }));
    await renderQueue(deskQueue, listRequests);

    const [, first, second] = await screen.findAllByRole('row');
    // The app's entity presentation turns these into display names.
    expect(within(first).getByText('mei')).toBeInTheDocument();
    expect(within(first).getByText('lars')).toBeInTheDocument();
    expect(within(second).getByText('Nobody yet')).toBeInTheDocument();
    expect(
      screen.getAllByRole('columnheader').map(header => header.textContent),
    ).toEqual(expect.arrayContaining(['Requester', 'Assignee']));
  });

  it('keeps its own filters, starting from the status its filter asks for', async () => {
    const listRequests = jest.fn(async (filter: RequestFilter) => ({
      items: filter.status === 'open' ? [supportRequest()] : [],
      nextCursor: null,
    }));
    const user = userEvent.setup();
    await renderQueue(deskQueue, listRequests);

    expect(
      await screen.findByText('Deploys hang at the canary step'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('Open');
    expect(listRequests).toHaveBeenCalledWith(deskQueue);

    await user.selectOptions(screen.getByLabelText('Status'), 'Resolved');

    expect(
      await screen.findByText('No requests match these filters'),
    ).toBeInTheDocument();
    expect(listRequests).toHaveBeenLastCalledWith({
      desk: [platformTeam],
      status: ['resolved'],
      limit: 100,
    });

    await user.selectOptions(screen.getByLabelText('Status'), 'Open');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith(deskQueue),
    );
    await user.selectOptions(screen.getByLabelText('Priority'), 'Low');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        ...deskQueue,
        priority: ['low'],
      }),
    );
  });

  it('shows all the statuses its own filter lists until someone picks one', async () => {
    const listRequests = findingNothing();
    const user = userEvent.setup();
    await renderQueue(finishedRequests, listRequests);

    await waitFor(() =>
      expect(listRequests).toHaveBeenCalledWith(finishedRequests),
    );
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('All statuses');

    await user.selectOptions(screen.getByLabelText('Status'), 'Closed');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        requester: 'me',
        status: ['closed'],
      }),
    );
    await user.selectOptions(screen.getByLabelText('Status'), 'All statuses');
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith(finishedRequests),
    );
  });

  it('searches with at most the 200 characters the backend takes', async () => {
    const listRequests = findingNothing();
    const user = userEvent.setup();
    await renderQueue(deskQueue, listRequests);

    const words = 'canary '.repeat(40);
    const search = await screen.findByLabelText('Search requests');
    await user.click(search);
    await user.paste(words);

    expect(search).toHaveValue(words.slice(0, 200));
    await waitFor(() =>
      expect(listRequests).toHaveBeenLastCalledWith({
        ...deskQueue,
        text: words.slice(0, 200).trim(),
      }),
    );
  });

  it('says what its own empty queue means until someone narrows it', async () => {
    await renderQueue(deskQueue, findingNothing());
    expect(await screen.findByText('No open requests')).toBeInTheDocument();
  });
});
