import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { DraftScenarioButton } from './DraftScenarioButton';

describe('DraftScenarioButton', () => {
  it('turns a resolved request into a draft and opens it in the editor', async () => {
    const draftScenarioFromRequest = jest.fn(
      fakeZooportApi().draftScenarioFromRequest,
    );
    await renderWithZooport(
      <DraftScenarioButton
        request={{ id: 'req-7', teamRef: platformTeam, status: 'resolved' }}
      />,
      { api: fakeZooportApi({ draftScenarioFromRequest }) },
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Make it a scenario' }),
    );

    expect(
      await screen.findByRole('dialog', { name: 'Edit the scenario' }),
    ).toBeInTheDocument();
    expect(draftScenarioFromRequest).toHaveBeenCalledWith(
      platformTeam,
      'req-7',
    );
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: 'Draft: kept out of the draws' }),
      ).toBeChecked(),
    );
  });

  it('is not offered on an open request', async () => {
    await renderWithZooport(
      <DraftScenarioButton
        request={{ id: 'req-7', teamRef: platformTeam, status: 'in_progress' }}
      />,
    );

    expect(
      screen.queryByRole('button', { name: 'Make it a scenario' }),
    ).toBeNull();
  });
});
