import { Entity } from '@backstage/catalog-model';
import { Desk } from '@zooport/plugin-zooport-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  supportRequest,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import { EntityZooportCard } from './EntityZooportCard';

const owned =
  (kind: string, name: string) =>
  (owner?: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', owner },
    relations: owner ? [{ type: 'ownedBy', targetRef: owner }] : [],
  });
const component = owned('Component', 'deploy-pipeline');
const api = owned('API', 'deploy-api');

describe('EntityZooportCard', () => {
  it("routes to the owner's animal and shows its Zooporter", async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/platform-software'),
    });
    expect(await screen.findByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('amara')).toBeInTheDocument();
  });

  type Weekday = Desk['hours']['weekly'][number]['day'];
  /** The owner's desk, open 09:00–17:00 Berlin time on one weekday. */
  const openOn = (day: Weekday) =>
    fakeZooportApi({
      getDesk: async () => ({
        ...turtleDesk,
        hours: {
          timeZone: 'Europe/Berlin',
          weekly: [{ day, start: '09:00', end: '17:00' }],
          holidays: [],
        },
      }),
    });

  // The pinned now is Monday noon in Berlin.
  it('says when the desk is closed and when it opens', async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/platform-software'),
      api: openOn(2),
    });
    expect(
      await screen.findByText(
        'Closed now; opens Tue 24 Nov, 08:00 (Tue 09:00 Europe/Berlin)',
      ),
    ).toBeInTheDocument();
  });

  it('says when the desk is open now', async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/platform-software'),
      api: openOn(1),
    });
    expect(await screen.findByText('Open now')).toBeInTheDocument();
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

  it("files a request about an API, or any owned entity, with the owner's desk", async () => {
    const createRequest = jest.fn(async () => supportRequest());
    const user = userEvent.setup();
    await renderWithZooport(<EntityZooportCard />, {
      entity: api('group:default/platform-software'),
      api: fakeZooportApi({ createRequest }),
    });

    expect(
      await screen.findByText(/Support for this API comes from/),
    ).toBeInTheDocument();
    await user.click(
      await screen.findByRole('button', {
        name: 'Request support from the turtle',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Ask the turtle',
    });
    await user.type(await screen.findByLabelText(/Title/), 'Deploy API 502s');
    await user.click(
      within(dialog).getByRole('button', { name: 'Request support' }),
    );

    expect(await screen.findByText('Request filed')).toBeInTheDocument();
    expect(createRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        teamRef: 'group:default/platform-software',
        entityRef: 'api:default/deploy-api',
      }),
    );
  });

  it('explains an owner without a desk, and where the team opens one', async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: component('group:default/security'),
    });
    expect(
      await screen.findByText(/has no support desk yet/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zooport tab' })).toHaveAttribute(
      'href',
      '/catalog/default/group/security/zooport',
    );
    expect(
      screen.queryByRole('button', { name: /^Request support/ }),
    ).not.toBeInTheDocument();
  });

  it('sends people to a person who owns the entity', async () => {
    await renderWithZooport(<EntityZooportCard />, {
      entity: api('user:default/mei'),
    });
    expect(
      await screen.findByText(/is a person, not a team with a support desk/),
    ).toBeInTheDocument();
  });

  it('explains an entity without an owner', async () => {
    await renderWithZooport(<EntityZooportCard />, { entity: component() });
    expect(
      await screen.findByText(/has no owner in the catalog/),
    ).toBeInTheDocument();
  });
});
