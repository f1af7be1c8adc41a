import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Desk } from '@zooport/plugin-zooport-common';
import { ReactElement } from 'react';
import { DeskOnDuty, ZooDesk } from '@zooport/plugin-zooport-common';
import { ZooportApi, zooportApiRef } from '../api';

export const platformTeam = 'group:default/platform-software';

export const turtleDesk: Desk = {
  teamRef: platformTeam,
  animal: { name: 'turtle', emoji: '🐢', colour: '#2E7D32' },
  helpsWith: 'CI/CD and the portal',
  topics: ['ci', 'deploy'],
  channels: [{ name: '#ask-platform', url: 'https://chat.example.com/ask' }],
  links: [],
  hours: { timeZone: 'Europe/Berlin', weekly: [], holidays: [] },
  rotation: null,
  revision: 3,
  updatedBy: 'user:default/amara',
  updatedAt: '2026-11-20T10:00:00.000Z',
};

export const turtleOnDuty: DeskOnDuty = {
  teamRef: platformTeam,
  at: '2026-11-23T12:00:00.000+01:00',
  shift: {
    start: '2026-11-18T09:00:00.000+01:00',
    end: '2026-11-25T09:00:00.000+01:00',
  },
  onDuty: [
    { userRef: 'user:default/amara', role: 'primary', source: 'rotation' },
    { userRef: 'user:default/mei', role: 'secondary', source: 'override' },
  ],
  observers: ['user:default/jonas'],
  next: {
    start: '2026-11-25T09:00:00.000+01:00',
    onDuty: [
      { userRef: 'user:default/lars', role: 'primary', source: 'rotation' },
    ],
  },
};

export function fakeZooportApi(
  overrides: Partial<ZooportApi> = {},
): ZooportApi {
  const zoo: ZooDesk[] = [{ ...turtleOnDuty, animal: turtleDesk.animal }];
  return {
    getHealth: async () => ({ status: 'ok', version: '1.2.3' }),
    getZoo: async () => zoo,
    getDesk: async teamRef =>
      teamRef === platformTeam ? turtleDesk : undefined,
    getOnDuty: async () => turtleOnDuty,
    ...overrides,
  };
}

/** Renders `element` in a test app with the fake API, optionally on an entity page. */
export function renderWithZooport(
  element: ReactElement,
  options: { api?: ZooportApi; entity?: Entity } = {},
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider apis={[[zooportApiRef, options.api ?? fakeZooportApi()]]}>
      {content}
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
