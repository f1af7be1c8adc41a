import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  backupEntry,
  dbaTeam,
  elephantZooDesk,
  searchHit,
} from '../../../__testUtils__/knowledgeFixtures';
import { ZooportPage } from '../ZooportPage';

describe('AskTheZoo', () => {
  it('names the animals whose topics match and the entries that may answer', async () => {
    const suggest = jest.fn(async () => ({
      desks: [
        {
          teamRef: dbaTeam,
          animal: elephantZooDesk.animal,
          matchedTopics: ['postgres', 'backup'],
        },
      ],
      entries: [searchHit(backupEntry, backupEntry.title)],
    }));
    const user = userEvent.setup();
    await renderWithZooport(<ZooportPage />, {
      api: fakeZooportApi({ suggest }),
    });

    await user.type(
      await screen.findByLabelText('Which animal do I ask about …?'),
      'postgres backup',
    );

    const answers = screen.getByRole('region', {
      name: 'Which animal do I ask?',
    });
    expect(
      await within(answers).findByText('The elephant'),
    ).toBeInTheDocument();
    const ask = screen.getByText('Ask').parentElement!;
    expect(within(ask).getByText('postgres')).toBeInTheDocument();
    expect(within(ask).getByText('backup')).toBeInTheDocument();
    expect(
      within(ask).getByRole('link', { name: /database-administrators/ }),
    ).toHaveAttribute('href', '/catalog/default/group/database-administrators');
    expect(
      screen.getByRole('link', { name: backupEntry.title }),
    ).toHaveAttribute('href', `/zooport/knowledge/${backupEntry.id}`);
    expect(suggest).toHaveBeenLastCalledWith('postgres backup', undefined);
  });

  it('opens the intake dialog of a suggested desk', async () => {
    const getDesk = jest.fn(async () => ({
      ...turtleDesk,
      teamRef: dbaTeam,
      animal: elephantZooDesk.animal,
    }));
    const user = userEvent.setup();
    await renderWithZooport(<ZooportPage />, {
      api: fakeZooportApi({
        getDesk,
        suggest: async () => ({
          desks: [
            {
              teamRef: dbaTeam,
              animal: elephantZooDesk.animal,
              matchedTopics: ['postgres'],
            },
          ],
          entries: [],
        }),
      }),
    });

    await user.type(
      await screen.findByLabelText('Which animal do I ask about …?'),
      'postgres',
    );
    const answers = screen.getByRole('region', {
      name: 'Which animal do I ask?',
    });
    await user.click(
      await within(answers).findByRole('button', {
        name: 'Request support from the elephant',
      }),
    );

    expect(
      await screen.findByRole('dialog', { name: 'Ask the elephant' }),
    ).toBeInTheDocument();
    expect(getDesk).toHaveBeenCalledWith(dbaTeam);
  });

  it('says so when no animal knows about the question', async () => {
    const user = userEvent.setup();
    await renderWithZooport(<ZooportPage />, {
      api: fakeZooportApi({
        suggest: async () => ({ desks: [], entries: [] }),
      }),
    });

    await user.type(
      await screen.findByLabelText('Which animal do I ask about …?'),
      'knitting',
    );

    expect(
      await screen.findByText(/No animal knows about “knitting” yet/),
    ).toBeInTheDocument();
  });
});
