import { screen } from '@testing-library/react';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { fromNow } from '../../../__testUtils__/clock';
import { MyOnboarding } from './MyOnboarding';

describe('MyOnboarding', () => {
  it('names the stage at each desk with the playbooks to read first, linked', async () => {
    await renderWithZooport(<MyOnboarding />, {
      api: fakeZooportApi({
        getMyReadiness: async () => ({
          userRef: 'user:default/amara',
          desks: [
            {
              teamRef: platformTeam,
              stage: 'shadow',
              since: fromNow({ days: -2 }, 'utc'),
              playbooks: [{ id: 'entry-1', title: 'Restart a stuck canary' }],
            },
          ],
        }),
      }),
    });

    expect(
      await screen.findByText(/You are in the Shadow stage at/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Restart a stuck canary' }),
    ).toHaveAttribute('href', '/zooport/knowledge/entry-1');
  });

  it('shows nothing for someone ready everywhere', async () => {
    const { container } = await renderWithZooport(<MyOnboarding />);

    expect(container).toBeEmptyDOMElement();
  });
});
