import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  turtleZooDesk,
} from '../../../__testUtils__/fakeZooportApi';
import { elephantZooDesk } from '../../../__testUtils__/knowledgeFixtures';
import { ZooportPage } from '../ZooportPage';

const openAt = (address: string) =>
  renderWithZooport(<ZooportPage />, {
    api: fakeZooportApi({
      getZoo: async () => [turtleZooDesk, elephantZooDesk],
    }),
    path: '/zooport/*',
    at: address,
  });

describe('AskLink', () => {
  it.each(['/zooport/ask/turtle', '/zooport/ask/platform-software'])(
    "opens the desk's request dialog at %s, over the zoo",
    async address => {
      await openAt(address);
      expect(
        await screen.findByRole('dialog', { name: 'Ask the turtle' }),
      ).toBeInTheDocument();
      expect(screen.getByText('The zoo')).toBeInTheDocument();
    },
  );

  it('leaves for the zoo when the dialog is closed', async () => {
    const user = userEvent.setup();
    await openAt('/zooport/ask/turtle');
    await screen.findByRole('dialog', { name: 'Ask the turtle' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Ask the turtle' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByText('The zoo')).toBeInTheDocument();
  });

  it('says when no desk answers to the name, and shows the zoo', async () => {
    await openAt('/zooport/ask/unicorn');
    expect(
      await screen.findByText('Info: No desk answers to “unicorn”'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('The zoo')).toBeInTheDocument();
  });
});
