import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  supportRequest,
} from '../../../__testUtils__/fakeZooportApi';
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

  it("files a request about the component with the owner's desk", async () => {
    const createRequest = jest.fn(async () => supportRequest());
    const user = userEvent.setup();
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/platform-software'),
      api: fakeZooportApi({ createRequest }),
    });

    await user.click(
      await screen.findByRole('button', {
        name: 'Request support from the turtle',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask the turtle',
    });
    await user.type(await screen.findByLabelText(/Title/), 'Canary hangs');
    await user.click(
      within(dialog).getByRole('button', { name: 'Request support' }),
    );

    expect(await screen.findByText('Request filed')).toBeInTheDocument();
    expect(dialog).not.toBeInTheDocument();
    expect(createRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        teamRef: 'group:default/platform-software',
        typeId: 'type-question',
        title: 'Canary hangs',
        entityRef: 'component:default/deploy-pipeline',
      }),
    );
  });

  it('explains an owner without a desk', async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/security'),
    });
    expect(
      await screen.findByText(/has no support desk yet/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Request support/ }),
    ).not.toBeInTheDocument();
  });

  it('explains an entity without an owner', async () => {
    await renderWithZooport(<EntityZooportCard />, { entity: component() });
    expect(
      await screen.findByText(/has no owner in the catalog/),
    ).toBeInTheDocument();
  });
});
