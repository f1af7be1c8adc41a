import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { OverrideInput } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import {
  alice,
  bob,
  carol,
  ConfigData,
  erin,
  platformDesk,
  platformTeam,
  recordingNotifications,
  startZooportBackend,
  testOrganisation,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { createZooportServices } from '../wiring';
import { startFakeSlack } from './fakeSlack';

jest.setTimeout(60_000);

const TOKEN = 'xoxb-zooport-test';
const USER_GROUP = 'S0PLATFORM';

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
/** A Monday; bob is on duty until the handoff to carol, Wed 4 Mar 09:00. */
const monday = berlin('2026-03-02T08:30');
const handoff = berlin('2026-03-04T09:00');

/** erin's e-mail has no Slack account; dave, the fallback, has no e-mail. */
const emails: Record<string, string> = {
  [alice]: 'alice@example.com',
  [bob]: 'Bob@Example.com',
  [carol]: 'carol@example.com',
  [erin]: 'erin@example.org',
};
const slackIds = { alice: 'U0ALICE', bob: 'U0BOB', carol: 'U0CAROL' };

/** The test organisation, with people's e-mails in their profiles. */
const organisation: Entity[] = testOrganisation.map(entity => {
  const email =
    entity.kind === 'User' && emails[`user:default/${entity.metadata.name}`];
  return email
    ? {
        ...entity,
        spec: {
          ...entity.spec,
          profile: { ...(entity.spec?.profile as object), email },
        },
      }
    : entity;
});

type Clock = { now: DateTime };

/** One backend replica, its clock at `clock.now`, Slack configured as given. */
function replicaOn(knex: Knex, clock: Clock, slackConfig?: ConfigData) {
  return createZooportServices({
    knex,
    config: mockServices.rootConfig({
      data: slackConfig ? { zooport: { slack: slackConfig } } : {},
    }),
    logger: mockServices.logger.mock(),
    catalog: catalogServiceMock({ entities: organisation }),
    auth: mockServices.auth(),
    notifications: recordingNotifications().service,
    now: () => clock.now,
  });
}

/** An override of the platform desk from `hours[0]` to `hours[1]` after monday. */
function addOverride(
  services: ReturnType<typeof replicaOn>,
  override: Omit<OverrideInput, 'start' | 'end'>,
  hours: [number, number],
  now = monday,
) {
  return services.desks.addOverride(
    platformTeam,
    {
      ...override,
      start: monday.plus({ hours: hours[0] }).toISO()!,
      end: monday.plus({ hours: hours[1] }).toISO()!,
    },
    bob,
    now,
  );
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    slack = await startFakeSlack({
      token: TOKEN,
      accounts: {
        'alice@example.com': slackIds.alice,
        'bob@example.com': slackIds.bob,
        'carol@example.com': slackIds.carol,
      },
      userGroups: { [USER_GROUP]: ['U0FORMER'] },
    });
  });

  afterEach(() => slack?.close());

  const replica = (clock: Clock, slackConfig?: ConfigData) =>
    replicaOn(knex, clock, slackConfig);

  const configured = (): ConfigData => ({ token: TOKEN, apiUrl: slack.apiUrl });

  /** The platform desk, stored with its user group as the editor sends it. */
  async function storeDesk(
    services: ReturnType<typeof replica>,
    changes: Record<string, unknown> = {},
  ) {
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(
        deskInputSchema,
        platformDesk({
          slackUserGroup: { id: USER_GROUP, handle: '@platform-oncall' },
          ...changes,
        }),
      ),
      updatedBy: carol,
      now: monday.minus({ weeks: 1 }),
    });
  }

  /** A replica with the platform desk, its group synced at monday. */
  async function syncedAtMonday() {
    const clock = { now: monday };
    const services = replica(clock, configured());
    await storeDesk(services);
    await services.tasks.slackUserGroupSync!.run(clock.now);
    /** Runs the sync `hours` after monday. */
    const syncAt = async (hours: number) => {
      clock.now = monday.plus({ hours });
      await services.tasks.slackUserGroupSync!.run(clock.now);
    };
    return { services, syncAt };
  }

  /** What the desk's answer says of its user group's sync. */
  async function deskSlack(services: ReturnType<typeof replica>) {
    const desk = await services.desks.getDesk(platformTeam);
    return services.slackSyncs!.deskSlack(desk);
  }

  const updates = () =>
    slack.calls.filter(call => call.method === 'usergroups.users.update');
  const lookups = () =>
    slack.calls
      .filter(call => call.method === 'users.lookupByEmail')
      .map(call => call.params.email);

  it('sets the user group to the new people on duty at each handoff, once across replicas', async () => {
    const clock = { now: monday };
    const replicas = [
      replica(clock, configured()),
      replica(clock, configured()),
    ];
    await storeDesk(replicas[0]);
    expect(
      (await replicas[0].desks.getDesk(platformTeam)).slackUserGroup,
    ).toEqual({ id: USER_GROUP, handle: 'platform-oncall' });

    await Promise.all(
      replicas.map(r => r.tasks.slackUserGroupSync!.run(clock.now)),
    );
    expect(updates()).toEqual([
      {
        method: 'usergroups.users.update',
        params: { usergroup: USER_GROUP, users: slackIds.bob },
      },
    ]);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.bob]);
    expect(await deskSlack(replicas[0])).toEqual({
      sync: {
        state: 'synced',
        userGroupId: USER_GROUP,
        onDuty: [bob],
        members: [bob],
        syncedAt: '2026-03-02T07:30:00.000Z',
        skipped: [],
        error: null,
        nextAttemptAt: null,
      },
    });

    // Nothing changed: Slack is not asked again.
    clock.now = handoff.minus({ minutes: 1 });
    await replicas[0].tasks.slackUserGroupSync!.run(clock.now);
    expect(updates()).toHaveLength(1);

    clock.now = handoff;
    await replicas[1].tasks.slackUserGroupSync!.run(clock.now);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.carol]);
    clock.now = handoff.plus({ weeks: 1 });
    await replicas[0].tasks.slackUserGroupSync!.run(clock.now);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.alice]);
    expect(updates().map(call => call.params.users)).toEqual([
      slackIds.bob,
      slackIds.carol,
      slackIds.alice,
    ]);
  });

  it('sets the user group when an override starts and when it ends', async () => {
    const { services, syncAt } = await syncedAtMonday();
    await addOverride(
      services,
      { kind: 'replace', userRef: bob, replacementRef: alice },
      [1, 3],
    );
    await syncAt(1);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.alice]);
    await syncAt(3);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.bob]);
    expect(updates().map(call => call.params.users)).toEqual([
      slackIds.bob,
      slackIds.alice,
      slackIds.bob,
    ]);
    // Each e-mail was looked up once: the ids are kept a while.
    expect(lookups()).toEqual(['Bob@Example.com', 'alice@example.com']);
  });

  it('leaves out and reports people without a Slack account, keeping the last members when nobody is left', async () => {
    const { services, syncAt } = await syncedAtMonday();

    // erin's e-mail has no Slack account: the group keeps bob.
    await addOverride(
      services,
      { kind: 'replace', userRef: bob, replacementRef: erin },
      [1, 2],
    );
    await syncAt(1);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.bob]);
    expect(updates()).toHaveLength(1);
    expect((await deskSlack(services)).sync).toMatchObject({
      state: 'kept',
      onDuty: [erin],
      members: [bob],
      skipped: [erin],
      error: null,
    });

    // erin joins bob: the group holds bob, and says erin is missing.
    await addOverride(
      services,
      { kind: 'add', userRef: erin },
      [3, 4],
      monday.plus({ hours: 1 }),
    );
    await syncAt(3);
    expect(updates()).toHaveLength(2);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.bob]);
    expect((await deskSlack(services)).sync).toMatchObject({
      state: 'synced',
      onDuty: [bob, erin],
      members: [bob],
      skipped: [erin],
    });
  });

  it('retries a failed sync with growing waits, showing the error meanwhile', async () => {
    const clock = { now: monday };
    const services = replica(clock, configured());
    await storeDesk(services);
    slack.fail('usergroups.users.update', { error: 'missing_scope' });
    slack.fail('usergroups.users.update', { status: 429, retryAfter: 120 });

    await services.tasks.slackUserGroupSync!.run(clock.now);
    expect(slack.membersOf(USER_GROUP)).toEqual(['U0FORMER']);
    expect((await deskSlack(services)).sync).toMatchObject({
      state: 'failed',
      error: 'Slack usergroups.users.update: missing_scope',
      nextAttemptAt: '2026-03-02T07:31:00.000Z',
    });

    // Not due yet: Slack is left alone.
    clock.now = monday.plus({ seconds: 30 });
    await services.tasks.slackUserGroupSync!.run(clock.now);
    expect(updates()).toHaveLength(1);

    // Rate limited: tried again when Slack says.
    clock.now = monday.plus({ minutes: 1 });
    await services.tasks.slackUserGroupSync!.run(clock.now);
    expect((await deskSlack(services)).sync).toMatchObject({
      state: 'failed',
      error: 'Slack usergroups.users.update: ratelimited',
      nextAttemptAt: '2026-03-02T07:33:00.000Z',
    });

    clock.now = monday.plus({ minutes: 3 });
    await services.tasks.slackUserGroupSync!.run(clock.now);
    expect(slack.membersOf(USER_GROUP)).toEqual([slackIds.bob]);
    expect((await deskSlack(services)).sync).toMatchObject({
      state: 'synced',
      error: null,
      nextAttemptAt: null,
      syncedAt: '2026-03-02T07:33:00.000Z',
    });
    expect(updates()).toHaveLength(3);
  });

  it('sends the bot token that is configured, and shows Slack refusing another', async () => {
    const clock = { now: monday };
    const services = replica(clock, { ...configured(), token: 'xoxb-old' });
    await storeDesk(services);
    await services.tasks.slackUserGroupSync!.run(clock.now);
    expect(slack.calls).toEqual([]);
    expect((await deskSlack(services)).sync).toMatchObject({
      state: 'failed',
      error: 'Slack users.lookupByEmail: invalid_auth',
    });
  });

  it('calls Slack for nothing when it is not configured', async () => {
    const clock = { now: monday };
    const services = replica(clock);
    await storeDesk(services);
    expect(services.tasks.slackUserGroupSync).toBeUndefined();
    expect(services.slackSyncs).toBeUndefined();
    for (const at of [monday, handoff]) {
      clock.now = at;
      await services.tasks.handoffWatch.run(at);
      await services.tasks.dutyRecorder.run(at);
    }
    expect(slack.calls).toEqual([]);
  });

  it('forgets the sync of a desk whose user group was removed', async () => {
    const { services, syncAt } = await syncedAtMonday();
    await storeDesk(services, { slackUserGroup: undefined });
    // The handoff to carol leaves the group alone.
    await syncAt(49);
    expect(updates()).toHaveLength(1);
    expect(await knex('slack_user_group_syncs').pluck('team_ref')).toEqual([]);
    expect(await deskSlack(services)).toEqual({ sync: null });
  });
});

describe('a desk’s Slack user group', () => {
  const parse = (slackUserGroup: unknown) =>
    parseInput(deskInputSchema, platformDesk({ slackUserGroup }))
      .slackUserGroup;

  it('takes a user group id and a handle, with or without its @', () => {
    expect(parse({ id: 'S0614TZR7', handle: '@dba-oncall' })).toEqual({
      id: 'S0614TZR7',
      handle: 'dba-oncall',
    });
    expect(parse({ id: 'S0614TZR7' })).toEqual({ id: 'S0614TZR7' });
  });

  it.each([
    [{ id: 'C0614TZR7' }, 'must be a Slack user group id'],
    [{ id: 's0614tzr7' }, 'must be a Slack user group id'],
    [{ id: 'S0614TZR7', handle: 'DBA on call' }, 'must be a Slack handle'],
    [{ id: 'S0614TZR7', members: [] }, 'members'],
  ])('refuses %j', (slackUserGroup, problem) => {
    expect(() => parse(slackUserGroup)).toThrow(problem);
  });
});

describe.each(createTestDatabases().eachSupportedId())(
  'the desk API on %p',
  databaseId => {
    const databases = createTestDatabases();
    const path = '/desks/default/platform-software';

    async function backend(zooport: ConfigData) {
      const knex = await databases.init(databaseId);
      return {
        knex,
        api: await startZooportBackend(knex, { zooport }),
      };
    }

    it('takes the user group with the desk and answers how its sync went', async () => {
      const slack = await startFakeSlack({
        token: TOKEN,
        accounts: {},
        userGroups: { [USER_GROUP]: ['U0FORMER'] },
      });
      try {
        const slackConfig = { token: TOKEN, apiUrl: slack.apiUrl };
        const { knex, api } = await backend({ slack: slackConfig });
        const group = { id: USER_GROUP, handle: 'platform-oncall' };
        await api
          .put(path, platformDesk({ slackUserGroup: group }), carol)
          .expect(201);
        const stored = await api.get(path).expect(200);
        expect(stored.body.slackUserGroup).toEqual(group);
        expect(stored.body.slack).toEqual({ sync: null });

        const refused = await api
          .put(
            path,
            platformDesk({ slackUserGroup: { id: 'dba-oncall' } }),
            carol,
          )
          .expect(400);
        expect(refused.body.error.message).toContain('slackUserGroup.id');
        expect((await api.get(path)).body.revision).toBe(stored.body.revision);

        // Sent back as read, the answer's `slack` is ignored.
        await api.put(path, stored.body, carol).expect(200);

        const replica = replicaOn(knex, { now: monday }, slackConfig);
        await replica.tasks.slackUserGroupSync!.run(monday);
        expect((await api.get(path)).body.slack.sync).toMatchObject({
          state: 'kept',
          userGroupId: USER_GROUP,
          onDuty: [bob],
          skipped: [bob],
        });
      } finally {
        await slack.close();
      }
    });

    it('answers no Slack field when Slack is not configured', async () => {
      const { api } = await backend({});
      await api.put(path, platformDesk(), carol).expect(201);
      expect((await api.get(path).expect(200)).body).not.toHaveProperty(
        'slack',
      );
    });
  },
);
