import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  supportRequest,
} from '../../__testUtils__/fakeZooportApi';
import { RequestFilter } from '../../api';
import { RequestQueue } from './RequestQueue';

const deskQueue: RequestFilter = {
  desk: [platformTeam],
  status: 'open',
  limit: 100,
};

describe('RequestQueue', () => {
  it('keeps its own filters, starting from the status its filter asks for', async () => {
    const listRequests = jest.fn(async (filter: RequestFilter) => ({
      items: filter.status === 'open' ? [supportRequest()] : [],
      nextCursor: null,
    }));
    const user = userEvent.setup();
    await renderWithZooport(
      <RequestQueue filter={deskQueue} emptyTitle="No open requests" />,
      { api: fakeZooportApi({ listRequests }) },
    );

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

  it('says what its own empty queue means until someone narrows it', async () => {
    await renderWithZooport(
      <RequestQueue filter={deskQueue} emptyTitle="No open requests" />,
      {
        api: fakeZooportApi({
          listRequests: async () => ({ items: [], nextCursor: null }),
        }),
      },
    );
    expect(await screen.findByText('No open requests')).toBeInTheDocument();
  });
});
