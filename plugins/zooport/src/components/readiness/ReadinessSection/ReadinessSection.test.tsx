import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { ReadinessSection } from './ReadinessSection';

describe('ReadinessSection', () => {
  it('shows the team the deck against its target, the workshops and the open actions', async () => {
    await renderWithZooport(
      <ReadinessSection teamRef={platformTeam} zone="Europe/Berlin" />,
    );

    expect(await screen.findByText('Readiness')).toBeInTheDocument();
    expect(
      await screen.findByText('1 ready of 6 (2 per team member, 3 members)'),
    ).toBeInTheDocument();
    expect(screen.getByText('The portal shows no catalog')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(
      await screen.findByText(/a workshop every month/),
    ).toBeInTheDocument();
    // The fixture's workshop began half an hour ago and runs another hour.
    expect(
      screen.getByRole('heading', { name: 'Under way now' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Upcoming' }),
    ).toBeInTheDocument();
    expect(screen.getByText('None planned.')).toBeInTheDocument();
    expect(
      await screen.findByText('Write a playbook for canary crash loops'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'New scenario' }),
    ).toBeInTheDocument();
  });

  it('marks an open action done', async () => {
    const updateReadinessAction = jest.fn(
      fakeZooportApi().updateReadinessAction,
    );
    await renderWithZooport(
      <ReadinessSection teamRef={platformTeam} zone="Europe/Berlin" />,
      { api: fakeZooportApi({ updateReadinessAction }) },
    );

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Mark “Write a playbook for canary crash loops” done',
      }),
    );

    await waitFor(() =>
      expect(updateReadinessAction).toHaveBeenCalledWith(
        platformTeam,
        'action-1',
        expect.objectContaining({ status: 'done' }),
      ),
    );
  });

  it('shows nothing, not even an empty cell, to those outside the team', async () => {
    const getScenarioDeck = jest.fn(fakeZooportApi().getScenarioDeck);
    const { container } = await renderWithZooport(
      <ReadinessSection
        teamRef="group:default/gardeners"
        zone="Europe/Berlin"
      />,
      {
        api: fakeZooportApi({ getScenarioDeck }),
      },
    );

    expect(container).toBeEmptyDOMElement();
    expect(getScenarioDeck).not.toHaveBeenCalled();
  });
});
