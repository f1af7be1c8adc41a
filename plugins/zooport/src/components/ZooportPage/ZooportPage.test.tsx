import { screen } from '@testing-library/react';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../__testUtils__/fakeZooportApi';
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
