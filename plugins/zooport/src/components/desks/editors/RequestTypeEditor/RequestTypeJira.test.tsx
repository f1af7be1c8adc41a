import { screen, waitFor } from '@testing-library/react';
import userEventWithDelays from '@testing-library/user-event';
import {
  accessType,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  turtleDesk,
} from '../../../../__testUtils__/fakeZooportApi';
import { fillIn } from '../../../../__testUtils__/typing';
import { ZooportApi } from '../../../../api';
import { RequestTypesCard } from './RequestTypesCard';

const userEvent = userEventWithDelays.setup({ delay: null });

async function editAccessType(overrides: Partial<ZooportApi>) {
  const updateRequestType = jest.fn(async () => accessType);
  await renderWithZooport(<RequestTypesCard teamRef={platformTeam} />, {
    api: fakeZooportApi({
      listRequestTypes: async () => [accessType],
      updateRequestType,
      ...overrides,
    }),
  });
  await userEvent.click(
    await screen.findByRole('button', { name: 'Edit Access request' }),
  );
  await screen.findByRole('dialog', { name: 'Edit Access request' });
  return { updateRequestType };
}

describe('a request type’s Jira project', () => {
  it('overrides the desk’s project where the backend files Jira issues', async () => {
    const { updateRequestType } = await editAccessType({
      getDesk: async () => ({
        ...turtleDesk,
        jira: { baseUrl: 'https://jira.example.com' },
      }),
    });
    const key = await screen.findByRole('textbox', {
      name: /Jira project key/,
    });
    expect(screen.getByText(/blank: the desk’s project/)).toBeInTheDocument();
    await fillIn(userEvent, key, 'OPS');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(updateRequestType).toHaveBeenCalledWith(
        platformTeam,
        accessType.id,
        expect.objectContaining({
          jiraProject: { key: 'OPS', issueType: 'Bug' },
        }),
        accessType.revision,
      ),
    );
  });

  it('is not offered without Jira', async () => {
    await editAccessType({ getDesk: async () => turtleDesk });
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: /Jira project key/ }),
    ).toBeNull();
  });
});
