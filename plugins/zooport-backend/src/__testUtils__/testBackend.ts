import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { Server } from 'node:http';
import request from 'supertest';
import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  NotificationSendOptions,
  NotificationService,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { ZooportPermissionPolicy } from '../permissions/ZooportPermissionPolicy';
import { zooportPlugin } from '../plugin';
import { createZooportServices } from '../wiring';

export const platformTeam = 'group:default/platform-software';
export const alice = 'user:default/alice';
export const bob = 'user:default/bob';
export const carol = 'user:default/carol';
export const dave = 'user:default/dave';
export const admin = 'user:default/amara';
export const erin = 'user:default/erin';
export const securityTeam = 'group:default/security';

/** The display names of the people who have one; the others go by their ref names. */
export const displayNames: Record<string, string> = {
  [dave]: 'Dave Lindqvist',
  [admin]: 'Amara Okafor',
};

function user(name: string, groups: string[]): Entity {
  const displayName = displayNames[`user:default/${name}`];
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {
      memberOf: groups,
      ...(displayName && { profile: { displayName } }),
    },
    relations: groups.map(g => ({
      type: 'memberOf',
      targetRef: `group:default/${g}`,
    })),
  };
}

function group(
  name: string,
  members: string[],
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'team', children: [] },
    relations: members.map(m => ({
      type: 'hasMember',
      targetRef: `user:default/${m}`,
    })),
  };
}

const groupsOf: Record<string, string[]> = {
  [alice]: ['platform-software'],
  [bob]: ['platform-software'],
  [carol]: ['platform-software'],
  [dave]: ['database-administrators'],
  [admin]: ['zooport-admins'],
  [erin]: ['security'],
};

/** The small organisation the test catalog holds. */
export const testOrganisation: Entity[] = [
  group('platform-software', ['alice', 'bob', 'carol'], {
    'zooport.dev/animal': 'turtle',
    'zooport.dev/lead': 'carol',
  }),
  group('database-administrators', ['dave']),
  group('security', ['erin'], {
    'zooport.dev/animal': 'German shepherd',
    'zooport.dev/emoji': '🐕',
  }),
  group('zooport-admins', ['amara']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'vault', namespace: 'default' },
    spec: { type: 'service', owner: 'security', lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/security' }],
  },
  ...Object.entries(groupsOf).map(([ref, groups]) =>
    user(ref.split('/')[1], groups),
  ),
];

/** Permission names a policy denies to a person, by user ref. */
export type Denials = Record<string, string[]>;

/**
 * The permissions service as the permission backend would answer it with
 * Zooport's policy, minus the HTTP hop (which mock tokens cannot make:
 * they carry no actor).
 */
function policyPermissionsFactory(
  policy: ZooportPermissionPolicy,
  denied: Denials,
) {
  const decide: PermissionsService['authorizeConditional'] = async (
    queries,
    { credentials },
  ) => {
    const userRef = (credentials.principal as { userEntityRef?: string })
      .userEntityRef;
    return Promise.all(
      queries.map(query =>
        userRef && denied[userRef]?.includes(query.permission.name)
          ? { result: AuthorizeResult.DENY }
          : policy.handle(
              { permission: query.permission },
              { credentials, info: undefined as never },
            ),
      ),
    ) as any;
  };
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      authorizeConditional: decide,
      authorize: async (queries, options) => {
        const decisions = await decide(queries as any, options);
        return decisions.map((decision, i) => {
          if (isResourcePermission(queries[i].permission)) {
            throw new Error(
              'resource permissions go through authorizeConditional',
            );
          }
          return {
            result:
              decision.result === AuthorizeResult.ALLOW
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          };
        }) as any;
      },
    }),
  });
}

/** A notification service that keeps what it is asked to send. */
export function recordingNotifications() {
  const sent: NotificationSendOptions[] = [];
  const service: NotificationService = {
    send: async options => {
      sent.push(options);
    },
  };
  return {
    sent,
    service,
    factory: createServiceFactory({
      service: notificationService,
      deps: {},
      factory: () => service,
    }),
  };
}

/** What `mockServices.rootConfig` takes as its data. */
export type ConfigData = NonNullable<
  Parameters<typeof mockServices.rootConfig>[0]
>['data'];

/**
 * The plugin's services on `knex`, as one backend replica has them, with
 * the test organisation in the catalog and the clock at `now`.
 */
export function testServices(
  knex: Knex,
  options: {
    now: DateTime;
    notifications?: NotificationService;
    zooport?: ConfigData;
  },
) {
  return createZooportServices({
    knex,
    config: mockServices.rootConfig({
      data: options.zooport ? { zooport: options.zooport } : {},
    }),
    logger: mockServices.logger.mock(),
    catalog: catalogServiceMock({ entities: testOrganisation }),
    auth: mockServices.auth(),
    notifications: options.notifications ?? recordingNotifications().service,
    now: () => options.now,
  });
}

/**
 * Waits until the notices of filed requests were tried at least once: a
 * replica sends them after answering.
 */
export async function noticesTried(knex: Knex) {
  while (
    await knex('sla_notices')
      .whereIn('milestone', ['filed', 'approval_needed'])
      .whereNull('sent_at')
      .whereNull('last_error')
      .first('id')
  ) {
    await new Promise(resolve => setImmediate(resolve));
  }
}

/** `test`, which answers once the notices of filed requests were tried. */
function afterNoticesTried(knex: Knex, test: request.Test): request.Test {
  const answer = test.then.bind(test);
  test.then = (onAnswer, onError) =>
    answer(async response => {
      await noticesTried(knex);
      return response;
    }).then(onAnswer, onError);
  return test;
}

/** Who was notified, each with the titles they got. */
export function recipientsOf(sent: NotificationSendOptions[]) {
  return sent.flatMap(({ recipients, payload }) =>
    recipients.type === 'entity'
      ? [recipients.entityRef]
          .flat()
          .map(userRef => ({ userRef, title: payload.title }))
      : [],
  );
}

/**
 * A backend with the Zooport plugin, Zooport's permission policy and a
 * catalog holding a small organisation. `denied` overrules the policy for
 * some people; `features` adds to the backend or replaces its mocks;
 * `zooport` adds to its config.
 */
export async function startZooportBackend(
  knex: Knex,
  options: {
    denied?: Denials;
    features?: Parameters<typeof startTestBackend>[0]['features'];
    /** More `zooport` config, e.g. `slack`. */
    zooport?: ConfigData;
  } = {},
) {
  const notifications = recordingNotifications();
  const userInfo = mockServices.userInfo.mock({
    getUserInfo: async credentials => {
      const userEntityRef = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef,
        ownershipEntityRefs: [
          userEntityRef,
          ...(groupsOf[userEntityRef] ?? []).map(g => `group:default/${g}`),
        ],
      };
    },
  });
  const policy = new ZooportPermissionPolicy({
    adminGroups: ['group:default/zooport-admins'],
    userInfo,
  });
  const { server } = await startTestBackend({
    features: [
      zooportPlugin,
      mockServices.database.factory({ knex }),
      userInfo.factory,
      policyPermissionsFactory(policy, options.denied ?? {}),
      catalogServiceMock.factory({ entities: testOrganisation }),
      notifications.factory,
      mockServices.scheduler.mock().factory,
      mockServices.rootConfig.factory({
        data: {
          zooport: {
            webhooks: { allowedHosts: ['chat.example.com'] },
            ...options.zooport,
          },
        },
      }),
      ...(options.features ?? []),
    ],
  });
  const as = (userRef: string) => ({
    Authorization: mockCredentials.user.header(userRef),
  });
  return {
    /** The backend's HTTP server, for requests the helpers below cannot make. */
    server: server as Server,
    notifications: notifications.sent,
    get: (path: string, userRef = alice) =>
      request(server).get(`/api/zooport${path}`).set(as(userRef)),
    put: (path: string, body: unknown, userRef = alice) =>
      request(server)
        .put(`/api/zooport${path}`)
        .set(as(userRef))
        .send(body as object),
    /** Answers once the notices the post queued were tried, too. */
    post: (path: string, body: unknown, userRef = alice) =>
      afterNoticesTried(
        knex,
        request(server)
          .post(`/api/zooport${path}`)
          .set(as(userRef))
          .send(body as object),
      ),
    anonymous: (path: string) => request(server).get(`/api/zooport${path}`),
    delete: (path: string, userRef = alice) =>
      request(server).delete(`/api/zooport${path}`).set(as(userRef)),
  };
}

/** A valid desk body for the platform team, weekly Wednesday 09:00 Berlin. */
export function platformDesk(changes: Record<string, unknown> = {}) {
  return {
    animal: { name: 'turtle', emoji: '🐢', colour: '#2E7D32' },
    helpsWith: 'CI/CD and the portal',
    topics: ['ci', 'deploy'],
    channels: [
      { name: '#ask-platform', url: 'https://chat.example.com/ask-platform' },
    ],
    hours: {
      timeZone: 'Europe/Berlin',
      weekly: [1, 2, 3, 4, 5].map(day => ({
        day,
        start: '09:00',
        end: '17:00',
      })),
      holidays: ['2026-12-24'],
    },
    rotation: {
      timeZone: 'Europe/Berlin',
      handoff: { day: 3, time: '09:00' },
      shiftLength: { unit: 'week', count: 1 },
      membersPerShift: 1,
      participants: [alice, bob, carol].map(userRef => ({
        userRef,
        capabilities: userRef === carol ? [] : ['production-access'],
      })),
      start: '2026-01-07',
      fallback: dave,
      observers: [],
    },
    ...changes,
  };
}
