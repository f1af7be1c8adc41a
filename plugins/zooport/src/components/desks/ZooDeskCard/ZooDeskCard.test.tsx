import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Desk } from '@zooport/plugin-zooport-common';
import {
  fakeZooportApi,
  renderWithZooport,
  supportRequest,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  dbaTeam,
  elephantZooDesk,
} from '../../../__testUtils__/knowledgeFixtures';
import { ZooDeskCard } from './ZooDeskCard';

const elephantDesk: Desk = {
  ...turtleDesk,
  teamRef: dbaTeam,
  animal: elephantZooDesk.animal,
  hours: { timeZone: 'Europe/London', weekly: [], holidays: [] },
};

describe('ZooDeskCard', () => {
  it('says so when the desk has no rotation yet', async () => {
    await renderWithZooport(<ZooDeskCard desk={elephantZooDesk} />);
    expect(screen.getByText('No rotation yet.')).toBeInTheDocument();
    expect(screen.queryByText(/^Until/)).not.toBeInTheDocument();
  });

  it("files a request with the card's desk, loading the desk when asked", async () => {
    const getDesk = jest.fn(async (teamRef: string) =>
      teamRef === dbaTeam ? elephantDesk : undefined,
    );
    const createRequest = jest.fn(async () =>
      supportRequest({ teamRef: dbaTeam, title: 'Restore last night' }),
    );
    const user = userEvent.setup();
    await renderWithZooport(<ZooDeskCard desk={elephantZooDesk} />, {
      api: fakeZooportApi({ getDesk, createRequest }),
    });
    expect(getDesk).not.toHaveBeenCalled();

    const ask = screen.getByRole('button', {
      name: 'Request support from the elephant',
    });
    expect(ask).toHaveTextContent(/^Request support$/);
    await user.click(ask);
    await user.type(
      await screen.findByLabelText(/Title/),
      'Restore last night',
    );
    await user.click(screen.getByRole('button', { name: 'Request support' }));

    expect(
      await screen.findByRole('dialog', { name: 'Request filed' }),
    ).toBeInTheDocument();
    expect(getDesk).toHaveBeenCalledWith(dbaTeam);
    expect(createRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        teamRef: dbaTeam,
        title: 'Restore last night',
        entityRef: null,
      }),
    );
    // The deadlines are on the elephant desk's wall clock.
    expect(screen.getAllByText(/Europe\/London\)$/)).toHaveLength(2);
  });

  it('says why the dialog cannot open when the desk does not load', async () => {
    const user = userEvent.setup();
    await renderWithZooport(<ZooDeskCard desk={elephantZooDesk} />, {
      api: fakeZooportApi({
        getDesk: async () => {
          throw new Error('desk service unavailable');
        },
      }),
    });

    await user.click(
      screen.getByRole('button', { name: 'Request support from the elephant' }),
    );

    const dialog = await screen.findByRole('dialog', {
      name: 'Request support',
    });
    expect(
      (await screen.findAllByText(/desk service unavailable/))[0],
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toBeInTheDocument();
  });
});
