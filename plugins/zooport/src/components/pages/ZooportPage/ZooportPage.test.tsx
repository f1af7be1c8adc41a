import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { ZooportPage } from './ZooportPage';

describe('ZooportPage', () => {
  it('shows every desk with its animal and who is on duty', async () => {
    await renderWithZooport(<ZooportPage />);

    expect(
      screen.getByRole('heading', { name: 'Zooport' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('amara')).toBeInTheDocument();
    expect(screen.getByText('Zooporter')).toBeInTheDocument();
    expect(screen.getByText('secondary, covering')).toBeInTheDocument();
    expect(screen.getByText('shadowing')).toBeInTheDocument();
    // The shift ends two days ahead at 09:00 Berlin; the viewer reads UTC.
    expect(screen.getByText('Until Wed 25 Nov, 08:00')).toBeInTheDocument();
  });

  it('moves between the zoo and the request queues with its tabs', async () => {
    const user = userEvent.setup();
    await renderWithZooport(<ZooportPage />, {
      path: '/zooport/*',
      at: '/zooport',
    });

    await screen.findByText('The turtle');
    await user.click(screen.getByRole('tab', { name: 'Requests' }));
    expect(
      await screen.findByRole('tab', { name: 'Assigned to me' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('The zoo')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Zoo' }));
    expect(await screen.findByText('The zoo')).toBeInTheDocument();
  });

  it('opens the knowledge base and an entry from it, keeping the tab selected', async () => {
    const user = userEvent.setup();
    await renderWithZooport(<ZooportPage />, {
      path: '/zooport/*',
      at: '/zooport',
    });

    await user.click(
      await screen.findByRole('tab', { name: 'Knowledge base' }),
    );
    await user.click(
      await screen.findByRole('link', {
        name: 'How do I get a preview environment for my branch?',
      }),
    );

    expect(
      await screen.findByRole('heading', {
        name: 'How do I get a preview environment for my branch?',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'Knowledge base', selected: true }),
    ).toBeInTheDocument();
  });

  it('explains an empty zoo', async () => {
    await renderWithZooport(<ZooportPage />, {
      api: fakeZooportApi({ getZoo: async () => [] }),
    });
    expect(await screen.findByText('No support desks yet')).toBeInTheDocument();
  });

  it('shows a readable error when the backend fails', async () => {
    await renderWithZooport(<ZooportPage />, {
      api: fakeZooportApi({
        getZoo: async () => {
          throw new Error('backend is down');
        },
      }),
    });
    const messages = await screen.findAllByText(/backend is down/);
    expect(messages[0]).toBeVisible();
  });
});
