import { screen, waitFor } from '@testing-library/react';
import userEventWithDelays from '@testing-library/user-event';
import { DeskJira } from '@zooport/plugin-zooport-common';
import {
  accessType,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../../__testUtils__/fakeZooportApi';
import { fillIn } from '../../../../__testUtils__/typing';
import { RequestTypesCard } from './RequestTypesCard';

const userEvent = userEventWithDelays.setup({ delay: null });

async function editAccessType(jira?: DeskJira) {
  const updateRequestType = jest.fn(async () => accessType);
  await renderWithZooport(
    <RequestTypesCard teamRef={platformTeam} jira={jira} />,
    {
      api: fakeZooportApi({
        listRequestTypes: async () => [accessType],
        updateRequestType,
      }),
    },
  );
  await userEvent.click(
    await screen.findByRole('button', { name: 'Edit Access request' }),
  );
  await screen.findByRole('dialog', { name: 'Edit Access request' });
  return { updateRequestType };
}

describe('a request type’s Jira project', () => {
  it('overrides the desk’s project where the backend files Jira issues', async () => {
    const { updateRequestType } = await editAccessType({
      baseUrl: 'https://jira.example.com',
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
    await editAccessType();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: /Jira project key/ }),
    ).toBeNull();
  });
});
