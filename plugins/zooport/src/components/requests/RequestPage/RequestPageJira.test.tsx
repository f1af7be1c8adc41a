import { RequestDetail, RequestJira } from '@zooport/plugin-zooport-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  requestDetail,
} from '../../../__testUtils__/fakeZooportApi';
import { ZooportApi } from '../../../api';
import { ZooportPage } from '../../pages/ZooportPage';

const asDesk = { update: true, participate: true, approve: false };
const project = { key: 'ABC', issueType: 'Bug' };
const bugResolution = {
  category: 'bug_ticket_created' as const,
  minutesSpent: 10,
};

async function renderRequest(
  detail: Partial<RequestDetail>,
  overrides: Partial<ZooportApi> = {},
) {
  await renderWithZooport(<ZooportPage />, {
    api: fakeZooportApi({
      getRequest: async () => requestDetail(detail),
      ...overrides,
    }),
    path: '/zooport/*',
    at: '/zooport/requests/req-1',
  });
}

const resolutionCard = async () =>
  screen.findByRole('region', { name: 'Resolution' });

const issue = (changes: Partial<NonNullable<RequestJira['issue']>>) => ({
  state: 'pending' as const,
  key: null,
  url: null,
  attempts: 0,
  error: null,
  nextAttemptAt: null,
  ...changes,
});

describe('the request page with Jira', () => {
  it('shows the key of the filed issue, linked, where a pasted URL shows', async () => {
    await renderRequest({
      status: 'resolved',
      resolution: bugResolution,
      jira: {
        project,
        issue: issue({
          state: 'created',
          key: 'ABC-1',
          url: 'https://jira.example.com/browse/ABC-1',
        }),
      },
    });
    const card = await resolutionCard();
    expect(within(card).getByText('Jira issue:')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /^ABC-1/ })).toHaveAttribute(
      'href',
      'https://jira.example.com/browse/ABC-1',
    );
  });

  it('says when the issue is still being filed, and why the last attempt failed', async () => {
    await renderRequest({
      status: 'resolved',
      resolution: bugResolution,
      jira: {
        project,
        issue: issue({
          state: 'failed',
          attempts: 1,
          error: 'HTTP 400: issuetype: Specify a valid issue type',
          nextAttemptAt: '2026-03-02T11:01:00Z',
        }),
      },
    });
    const card = await resolutionCard();
    expect(
      within(card).getByText(
        /failed: HTTP 400: issuetype: Specify a valid issue type; trying again/,
      ),
    ).toBeInTheDocument();
  });

  it('lets the desk leave the URL out to file the issue', async () => {
    const transition = jest.fn(async () => requestDetail());
    await renderRequest(
      { may: asDesk, status: 'in_progress', jira: { project, issue: null } },
      { transition },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Resolve…' }));
    const dialog = screen.getByRole('dialog', { name: 'Resolve the request' });
    await user.selectOptions(
      within(dialog).getByLabelText('Resolution'),
      'Bug ticket created',
    );
    expect(
      within(dialog).getByText(
        'Leave it empty to file a Bug in the Jira project ABC',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(transition).toHaveBeenCalledWith('req-1', {
      action: 'resolve',
      resolution: { category: 'bug_ticket_created' },
    });
  });
});
