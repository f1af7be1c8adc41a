import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { identityApiRef } from '@backstage/core-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { SWRConfig } from 'swr';
import {
  TestApiProvider,
  TestApiProviderProps,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import {
  Desk,
  DeskOnDuty,
  RequestDetail,
  RequestEvent,
  RequestType,
  SlaClock,
  SupportRequest,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ZooportApi, zooportApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { fromNow } from './clock';
import { fakeKnowledgeApi, teamPermissionApi } from './knowledgeFixtures';
import { fakeReportApi } from './reportFixtures';
import { fakeReadinessApi } from './readinessFixtures';
import { fakeSurveyApi } from './surveyFixtures';

export const platformTeam = 'group:default/platform-software';

/** Members of the platform team in the test catalog. */
export const platformPeople: Entity[] = [
  ['amara', 'Amara Okafor'],
  ['lars', 'Lars Eriksson'],
  ['mei', 'Mei Chen'],
].map(([name, displayName]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName }, memberOf: ['platform-software'] },
  relations: [{ type: 'memberOf', targetRef: platformTeam }],
}));

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
  updatedAt: fromNow({ days: -3, hours: -1 }, 'utc'),
};

export const turtleOnDuty: DeskOnDuty = {
  teamRef: platformTeam,
  at: fromNow({}),
  shift: {
    start: fromNow({ days: -5, hours: -3 }),
    end: fromNow({ days: 2, hours: -3 }),
  },
  onDuty: [
    { userRef: 'user:default/amara', role: 'primary', source: 'rotation' },
    { userRef: 'user:default/mei', role: 'secondary', source: 'override' },
  ],
  observers: ['user:default/jonas'],
  next: {
    start: fromNow({ days: 2, hours: -3 }),
    onDuty: [
      { userRef: 'user:default/lars', role: 'primary', source: 'rotation' },
    ],
  },
};

/** The turtle's desk as the zoo view shows it. */
export const turtleZooDesk: ZooDesk = {
  teamRef: platformTeam,
  animal: turtleDesk.animal,
  onDuty: turtleOnDuty.onDuty,
  observers: turtleOnDuty.observers,
  until: turtleOnDuty.shift!.end,
};

const sla = { firstResponseMinutes: 120, resolutionMinutes: 1440 };

export const questionType: RequestType = {
  id: 'type-question',
  teamRef: platformTeam,
  name: 'Question',
  description: 'Ask the Zooporter anything.',
  fields: [],
  defaultPriority: 'medium',
  sla: {
    urgent: { ...sla, clock: 'business' },
    high: { ...sla, clock: 'business' },
    medium: { ...sla, clock: 'business' },
    low: { ...sla, clock: 'business' },
  },
  approvers: [],
  entryIds: [],
  archived: false,
  revision: 1,
};

export const accessType: RequestType = {
  ...questionType,
  id: 'type-access',
  name: 'Access request',
  description: 'Ask for access to a system, database or environment.',
  fields: [
    {
      key: 'resource',
      label: 'System or resource',
      kind: 'entity',
      required: true,
      entityKinds: ['Component'],
    },
    {
      key: 'access_level',
      label: 'Access level',
      kind: 'select',
      required: true,
      options: ['read', 'write', 'admin'],
    },
    { key: 'reason', label: 'Why you need it', kind: 'text', required: false },
  ],
};

export const archivedType: RequestType = {
  ...questionType,
  id: 'type-old',
  name: 'Old form',
  archived: true,
};

export function slaClock(overrides: Partial<SlaClock> = {}): SlaClock {
  return {
    targetMinutes: 120,
    clock: 'business',
    deadline: fromNow({ hours: 1 }),
    elapsedMinutes: 30,
    state: 'on_track',
    paused: false,
    ...overrides,
  };
}

export function supportRequest(
  overrides: Partial<SupportRequest> = {},
): SupportRequest {
  return {
    id: 'req-1',
    teamRef: platformTeam,
    typeId: questionType.id,
    typeName: questionType.name,
    title: 'Deploys hang at the canary step',
    description: 'Since **Monday** every deploy waits forever.',
    impact: 'medium',
    urgency: 'medium',
    priority: 'medium',
    fields: {},
    entityRef: 'component:default/deploy-pipeline',
    requesterRef: 'user:default/mei',
    assigneeRef: 'user:default/amara',
    status: 'new',
    approval: null,
    resolution: null,
    escalations: 0,
    linkedRequestIds: [],
    createdAt: fromNow({ hours: -1 }),
    updatedAt: fromNow({ hours: -1 }),
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    sla: {
      firstResponse: slaClock(),
      resolution: slaClock({
        targetMinutes: 1440,
        deadline: fromNow({ days: 3, hours: -1 }),
      }),
    },
    revision: 1,
    ...overrides,
  };
}

export function requestEvent(
  overrides: Partial<RequestEvent> & Pick<RequestEvent, 'id' | 'kind'>,
): RequestEvent {
  return {
    requestId: 'req-1',
    actorRef: 'user:default/mei',
    at: fromNow({ hours: -1 }),
    body: null,
    internal: false,
    details: {},
    ...overrides,
  };
}

export function requestDetail(
  overrides: Partial<RequestDetail> = {},
): RequestDetail {
  return {
    ...supportRequest(),
    events: [
      requestEvent({ id: '1', kind: 'created' }),
      requestEvent({
        id: '2',
        kind: 'assigned',
        details: { to: 'user:default/amara' },
      }),
    ],
    may: { update: false, participate: true, approve: false },
    ...overrides,
  };
}

/** An error answer as Backstage backends send them. */
export function errorResponse(status: number, name: string, message: string) {
  return new Response(
    JSON.stringify({
      error: { name, message },
      request: { method: 'POST', url: '/api/zooport/requests' },
      response: { statusCode: status },
    }),
    { status, headers: { 'Content-Type': 'application/json' } },
  );
}

export function fakeZooportApi(
  overrides: Partial<ZooportApi> = {},
): ZooportApi {
  const zoo: ZooDesk[] = [turtleZooDesk];
  return {
    getHealth: async () => ({ status: 'ok', version: '1.2.3' }),
    getZoo: async () => zoo,
    getDesk: async teamRef =>
      teamRef === platformTeam ? turtleDesk : undefined,
    getOnDuty: async () => turtleOnDuty,
    saveDesk: async () => turtleDesk,
    previewRotation: async teamRef => ({ teamRef, shifts: [], violations: [] }),
    getSchedule: async () => [],
    listOverrides: async () => [],
    addOverride: async (teamRef, input) => ({
      ...input,
      id: 'override-1',
      teamRef,
      createdBy: 'user:default/amara',
      createdAt: fromNow({ days: -3, hours: -1 }, 'utc'),
    }),
    deleteOverride: async () => {},
    getCalendarSubscription: async teamRef => ({
      teamRef,
      url: 'http://localhost:7007/api/zooport/calendar/secret-key.ics',
      webcal: 'webcal://localhost:7007/api/zooport/calendar/secret-key.ics',
    }),
    getDeskWebhook: async () => ({ url: null, format: 'json', deliveries: [] }),
    saveDeskWebhook: async (_teamRef, input) => input,
    listRequestTypes: async () => [questionType, accessType, archivedType],
    createRequestType: async (teamRef, input) => ({
      ...input,
      id: 'type-new',
      teamRef,
      archived: false,
      revision: 1,
    }),
    updateRequestType: async (teamRef, id, input, revision) => ({
      archived: false,
      ...input,
      id,
      teamRef,
      revision: revision + 1,
    }),
    archiveRequestType: async (teamRef, id) => ({
      ...questionType,
      id,
      teamRef,
      archived: true,
    }),
    createRequest: async input =>
      supportRequest({ title: input.title, teamRef: input.teamRef }),
    listRequests: async () => ({ items: [supportRequest()], nextCursor: null }),
    getRequest: async () => requestDetail(),
    transition: async () => supportRequest(),
    comment: async () => [],
    escalate: async () => supportRequest(),
    approve: async () => supportRequest(),
    assignRequest: async (id, assigneeRef) =>
      supportRequest({ id, assigneeRef }),
    getPersonShifts: async userRef => ({ userRef, shifts: [], observing: [] }),
    ...fakeKnowledgeApi(),
    ...fakeReportApi(),
    ...fakeReadinessApi(),
    ...fakeSurveyApi(),
    ...overrides,
  };
}

/**
 * Renders `element` in a test app with the fake API, optionally on an entity
 * page, or at `path` (a route pattern such as `/zooport/*`) with the browser
 * at `at`. The Zooport page is mounted at `/zooport`; the viewer is amara, a
 * member of the platform team unless `memberOf` says otherwise.
 *
 * Await it before the test goes on: the test app renders inside an async
 * `act`, and one left running past its test takes the next test's updates
 * into its queue, so that the next test waits for its data forever.
 */
export async function renderWithZooport(
  element: ReactElement,
  options: {
    api?: ZooportApi;
    entity?: Entity;
    path?: string;
    at?: string;
    memberOf?: string[];
    /** More APIs the element needs, e.g. the catalog or permissions. */
    apis?: TestApiProviderProps<any>['apis'];
  } = {},
) {
  const identity = mockApis.identity({
    userEntityRef: 'user:default/amara',
    ownershipEntityRefs: options.memberOf ?? [
      'user:default/amara',
      platformTeam,
    ],
  });
  const onEntity = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  const content = options.path ? (
    <Routes>
      <Route path={options.path} element={onEntity} />
    </Routes>
  ) : (
    onEntity
  );
  // A cache of its own: Backstage's usePermission keeps answers in SWR's
  // global cache, which would carry one test's permissions into the next.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [zooportApiRef, options.api ?? fakeZooportApi()],
          [identityApiRef, identity],
          [catalogApiRef, catalogApiMock({ entities: platformPeople })],
          // The viewer may change their own teams' desks, as the policy says.
          [
            permissionApiRef,
            teamPermissionApi(options.memberOf ?? [platformTeam]),
          ],
          ...(options.apis ?? []),
        ]}
      >
        {content}
      </TestApiProvider>
    </SWRConfig>,
    {
      routeEntries: options.at ? [options.at] : undefined,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/zooport': rootRouteRef,
      },
    },
  );
}
