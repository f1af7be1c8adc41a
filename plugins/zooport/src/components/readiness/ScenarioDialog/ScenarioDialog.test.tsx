import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  errorResponse,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { scenario } from '../../../__testUtils__/readinessFixtures';
import { ResponseError } from '@backstage/errors';
import { fillIn } from '../../../__testUtils__/typing';
import { ScenarioDialog } from './ScenarioDialog';

describe('ScenarioDialog', () => {
  it('writes a new scenario with its evidence, a link and its difficulty', async () => {
    const user = userEvent.setup();
    const createScenario = jest.fn(fakeZooportApi().createScenario);
    const onSaved = jest.fn();
    await renderWithZooport(
      <ScenarioDialog
        teamRef={platformTeam}
        onSaved={onSaved}
        onClose={jest.fn()}
      />,
      { api: fakeZooportApi({ createScenario }) },
    );

    const create = screen.getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();
    await fillIn(
      user,
      screen.getByRole('textbox', { name: 'Title' }),
      'The registry is full',
    );
    await fillIn(
      user,
      screen.getByRole('textbox', { name: /What happens/ }),
      'Pushes fail with 507',
    );
    await fillIn(
      user,
      screen.getByRole('textbox', { name: /Evidence/ }),
      'disk 100%',
    );
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    await fillIn(
      user,
      screen.getByRole('textbox', { name: 'Link 1 title' }),
      'Disk',
    );
    await fillIn(
      user,
      screen.getByRole('textbox', { name: 'Link 1 address' }),
      'https://grafana.example.com/disk',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Difficulty' }),
      'hard',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Draft: kept out of the draws' }),
    ).toBeChecked();
    await user.click(
      screen.getByRole('checkbox', { name: 'Draft: kept out of the draws' }),
    );
    await user.click(create);

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(createScenario).toHaveBeenCalledWith(platformTeam, {
      title: 'The registry is full',
      opening: 'Pushes fail with 507',
      evidence: 'disk 100%',
      links: [{ title: 'Disk', url: 'https://grafana.example.com/disk' }],
      playbookIds: [],
      difficulty: 'hard',
      facilitatorNotes: '',
      draft: false,
    });
  });

  it('saves a new version on the revision it read, and says when someone saved since', async () => {
    const user = userEvent.setup();
    const updateScenario = jest.fn(async () => {
      throw await ResponseError.fromResponse(
        errorResponse(412, 'PreconditionFailedError', 'stale'),
      );
    });
    const onClose = jest.fn();
    await renderWithZooport(
      <ScenarioDialog
        teamRef={platformTeam}
        scenario={scenario({ revision: 4 })}
        onSaved={jest.fn()}
        onClose={onClose}
      />,
      { api: fakeZooportApi({ updateScenario }) },
    );

    expect(await screen.findByText('Revision 1')).toBeInTheDocument();
    await fillIn(
      user,
      screen.getByRole('textbox', { name: 'Title' }),
      'Deploys hang at the canary step!',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone saved the scenario while you were editing',
    );
    expect(updateScenario).toHaveBeenCalledWith(
      platformTeam,
      'scenario-1',
      expect.objectContaining({ title: 'Deploys hang at the canary step!' }),
      4,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledWith(true);
  });
});
