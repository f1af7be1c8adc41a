import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import { renderWithZooport } from './__testUtils__/fakeZooportApi';
import {
  EntityZooportCard,
  EntityZooportContent,
  ZooportPage,
  zooportPlugin,
} from './plugin';

const platformSoftware: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'platform-software',
    namespace: 'default',
    title: 'Platform Software',
  },
  spec: { type: 'team', children: [] },
};

const deployPipeline: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'deploy-pipeline', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/platform-software' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/platform-software' },
  ],
};

// The exports an app on the classic frontend system mounts, as it mounts
// them: the lazy extensions of the plugin, not the components inside.
describe('the classic frontend system', () => {
  it('names its plugin and routes', () => {
    expect(zooportPlugin.getId()).toBe('zooport');
    expect(Object.keys(zooportPlugin.routes).sort()).toEqual([
      'entry',
      'request',
      'root',
      'workshop',
    ]);
  });

  it('mounts the Zooport page', async () => {
    await renderWithZooport(<ZooportPage />, {
      path: '/zooport/*',
      at: '/zooport',
    });
    expect(
      await screen.findByRole('heading', { name: 'Zooport' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('The turtle')).toBeInTheDocument();
  });

  it('mounts the paw tab on a team page', async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformSoftware,
    });
    expect(
      await screen.findByText('Platform Software support desk'),
    ).toBeInTheDocument();
  });

  it('mounts the request-support card on a component page', async () => {
    await renderWithZooport(<EntityZooportCard />, { entity: deployPipeline });
    expect(await screen.findByText('The turtle')).toBeInTheDocument();
    expect(
      screen.getByText(/Support for this component comes from/),
    ).toBeInTheDocument();
  });
});
