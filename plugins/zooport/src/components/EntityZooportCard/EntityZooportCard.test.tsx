import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import { renderWithZooport } from '../../__testUtils__/fakeZooportApi';
import { EntityZooportCard } from './EntityZooportCard';

const component = (owner?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'deploy-pipeline', namespace: 'default' },
  spec: { type: 'service', owner },
  relations: owner ? [{ type: 'ownedBy', targetRef: owner }] : [],
});

describe('EntityZooportCard', () => {
  it("routes to the owner's animal and shows its Zooporter", async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/platform-software'),
    });
    expect(await screen.findByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('amara')).toBeInTheDocument();
  });

  it('explains an owner without a desk', async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/security'),
    });
    expect(
      await screen.findByText(/has no support desk yet/),
    ).toBeInTheDocument();
  });

  it('explains an entity without an owner', async () => {
    await renderWithZooport(<EntityZooportCard />, { entity: component() });
    expect(
      await screen.findByText(/has no owner in the catalog/),
    ).toBeInTheDocument();
  });
});
