import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  alice,
  carol,
  dave,
  platformDesk,
  platformTeam,
  recordingNotifications,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { scenarioInputSchema } from '../service/validation/readiness';
import { READINESS_TOPIC } from './ReadinessReminders';

jest.setTimeout(60_000);

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
/** When the desk is first saved; a workshop is due a month later. */
const saved = berlin('2026-02-23T08:30');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;
  let sent: ReturnType<typeof recordingNotifications>['sent'];
  let replicas: ReturnType<typeof testServices>[];

  /** One backend replica on the shared database. */
  const replica = (notifications: NotificationService) =>
    testServices(knex, { now: saved, notifications });

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const recorded = recordingNotifications();
    sent = recorded.sent;
    replicas = [replica(recorded.service), replica(recorded.service)];
    await replicas[0].desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk()),
      updatedBy: dave,
      now: saved,
    });
  });

  /** Both replicas' reminder tasks at once, at each of `instants`. */
  async function runBoth(...instants: DateTime[]) {
    for (const at of instants) {
      await Promise.all(replicas.map(r => r.tasks.readinessReminders.run(at)));
    }
  }

  const notices = () =>
    sent.map(({ recipients, payload }) => ({
      to: recipients.type === 'entity' ? recipients.entityRef : [],
      topic: payload.topic,
      title: payload.title,
    }));

  it('reminds the team a week ahead, and the lead once per missed cadence', async () => {
    await runBoth(berlin('2026-03-16T08:29'));
    expect(notices()).toEqual([]);

    await runBoth(berlin('2026-03-16T08:30'), berlin('2026-03-20T12:00'));
    expect(notices()).toEqual([
      {
        to: [platformTeam],
        topic: READINESS_TOPIC,
        title: '🐢 turtle: a readiness workshop is due by Mon 23 Mar 2026',
      },
    ]);

    sent.length = 0;
    await runBoth(
      berlin('2026-03-23T08:30'),
      berlin('2026-04-01T08:30'),
      berlin('2026-04-23T08:29'),
    );
    expect(notices()).toEqual([
      {
        to: [carol],
        topic: READINESS_TOPIC,
        title: '🐢 turtle: no readiness workshop was held within the cadence',
      },
    ]);

    sent.length = 0;
    await runBoth(berlin('2026-04-23T08:30'), berlin('2026-04-24T08:30'));
    expect(notices().map(n => n.to)).toEqual([[carol]]);
  });

  it('counts the cadence from the last workshop held', async () => {
    const services = replicas[0];
    const heldAt = berlin('2026-03-10T14:00');
    await services.scenarios.create(
      platformTeam,
      parseInput(scenarioInputSchema, { title: 'Checkout is slow' }),
      alice,
      heldAt,
    );
    const workshop = await services.workshops.plan(
      platformTeam,
      {
        startsAt: heldAt.toUTC().toISO()!,
        durationMinutes: 60,
        facilitatorRef: carol,
        participantRefs: [alice],
      },
      carol,
      heldAt,
    );
    // Planned only: the cadence still runs from the desk's first save.
    await runBoth(berlin('2026-03-16T08:30'));
    expect(notices()).toHaveLength(1);

    sent.length = 0;
    await services.workshops.draw(platformTeam, workshop.id, alice, heldAt);
    await runBoth(berlin('2026-03-23T08:30'), berlin('2026-04-02T13:59'));
    expect(notices()).toEqual([]);
    await runBoth(berlin('2026-04-03T14:00'), berlin('2026-04-04T14:00'));
    expect(notices()).toEqual([
      {
        to: [platformTeam],
        topic: READINESS_TOPIC,
        title: '🐢 turtle: a readiness workshop is due by Fri 10 Apr 2026',
      },
    ]);
  });

  it('keeps to the cadence the desk set', async () => {
    await replicas[0].workshops.setCadence(
      platformTeam,
      { every: 2, unit: 'weeks' },
      carol,
      saved,
    );
    await runBoth(berlin('2026-03-02T08:30'));
    expect(notices().map(n => n.title)).toEqual([
      '🐢 turtle: a readiness workshop is due by Mon 9 Mar 2026',
    ]);
  });
});
