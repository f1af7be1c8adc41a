import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import { renderWithZooport } from '../../__testUtils__/fakeZooportApi';
import { EntityZooportContent } from './EntityZooportContent';

const group = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', children: [] },
});

describe('EntityZooportContent', () => {
  it("shows the team's animal, channels, who is on duty and who is next", async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: group('platform-software', 'Platform Software'),
    });

    expect(
      await screen.findByText('Platform Software support desk'),
    ).toBeInTheDocument();
    expect(screen.getByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('CI/CD and the portal')).toBeInTheDocument();
    expect(screen.getByText('#ask-platform').closest('a')).toHaveAttribute(
      'href',
      'https://chat.example.com/ask',
    );
    expect(screen.getByText('amara')).toBeInTheDocument();
    expect(screen.getByText(/Wed 09:00 Europe\/Berlin/)).toBeInTheDocument();
    expect(screen.getByText(/^Next, from/)).toBeInTheDocument();
    expect(screen.getByText('lars')).toBeInTheDocument();
  });

  it('explains a team without a desk', async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: group('security', 'Security'),
    });
    expect(
      await screen.findByText('Security has no support desk yet'),
    ).toBeInTheDocument();
  });
});
