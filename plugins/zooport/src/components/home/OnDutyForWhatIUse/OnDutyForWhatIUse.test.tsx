import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  MockStarredEntitiesApi,
  catalogApiRef,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import {
  errorResponse,
  fakeZooportApi,
  platformPeople,
  platformTeam,
  renderWithZooport,
  turtleZooDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  dbaTeam,
  elephantZooDesk,
} from '../../../__testUtils__/knowledgeFixtures';
import { ZooportApi } from '../../../api';
import { OnDutyForWhatIUse } from './OnDutyForWhatIUse';

function component(name: string, ownerRef: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { owner: ownerRef },
    relations: [{ type: 'ownedBy', targetRef: ownerRef }],
  };
}

const catalog = [
  ...platformPeople,
  component('deploy-pipeline', platformTeam),
  component('developer-portal', platformTeam),
  component('orders-db', dbaTeam),
  component('billing', 'group:default/finance'),
];

async function renderWidget(
  options: {
    api?: Partial<ZooportApi>;
    starred?: string[];
    memberOf?: string[];
  } = {},
) {
  const starredEntitiesApi = new MockStarredEntitiesApi();
  for (const ref of options.starred ?? []) {
    await starredEntitiesApi.toggleStarred(ref);
  }
  return renderWithZooport(<OnDutyForWhatIUse />, {
    api: fakeZooportApi({
      getZoo: async () => [elephantZooDesk, turtleZooDesk],
      ...options.api,
    }),
    memberOf: options.memberOf,
    apis: [
      [catalogApiRef, catalogApiMock({ entities: catalog })],
      [starredEntitiesApiRef, starredEntitiesApi],
    ],
  });
}

describe('OnDutyForWhatIUse', () => {
  it("lists the desks owning the viewer's entities, then those owning starred ones, once each, with who is on duty", async () => {
    await renderWidget({
      starred: ['component:default/orders-db', 'component:default/billing'],
    });

    const list = await screen.findByRole('list', {
      name: 'Desks for what you use',
    });
    const rows = within(list)
      .getAllByRole('listitem')
      .filter(row => row.parentElement === list);
    expect(rows).toHaveLength(2);

    expect(rows[0]).toHaveTextContent('The turtle');
    expect(rows[0]).toHaveTextContent('Owns 2 of your entities');
    expect(within(rows[0]).getByText('Zooporter')).toBeInTheDocument();
    expect(
      within(rows[0]).getByRole('link', { name: 'Ask the turtle' }),
    ).toHaveAttribute('href', '/zooport/ask/platform-software');

    expect(rows[1]).toHaveTextContent('The elephant');
    expect(rows[1]).toHaveTextContent('You starred orders-db');
    expect(rows[1]).toHaveTextContent('Nobody is on duty right now.');
  });

  it('says what to do when no desk owns anything the viewer uses', async () => {
    await renderWidget({ memberOf: ['user:default/amara'] });

    expect(
      await screen.findByText(/No team with a support desk owns your entities/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'find a desk in the zoo' }),
    ).toHaveAttribute('href', '/zooport');
  });

  it("shows the backend's error when the zoo cannot be read", async () => {
    const refusal = await ResponseError.fromResponse(
      errorResponse(503, 'ServiceUnavailableError', 'the zoo is closed'),
    );
    await renderWidget({
      api: {
        getZoo: async () => {
          throw refusal;
        },
      },
    });

    expect(
      (await screen.findAllByText(/the zoo is closed/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows progress while the zoo loads', async () => {
    await renderWidget({ api: { getZoo: () => new Promise(() => {}) } });

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
