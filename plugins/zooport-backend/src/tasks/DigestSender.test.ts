import { mockServices } from '@backstage/backend-test-utils';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  bob,
  carol,
  dave,
  erin,
  platformDesk,
  platformTeam,
  recordingNotifications,
  securityTeam,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { ReminderStore } from '../database/ReminderStore';
import { InTransaction, inTransaction } from '../database/transaction';
import { WebhookStore } from '../database/WebhookStore';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { DigestSender } from './DigestSender';
import { NoticeOutbox } from './NoticeOutbox';

jest.setTimeout(60_000);

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
/** A Monday; bob is on duty (Wed 25 Feb – Wed 4 Mar). */
const monday = berlin('2026-03-02T08:30');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;

  /** One backend replica on the shared database, with its own notifications. */
  function replica(notifications: NotificationService) {
    return testServices(knex, { now: monday, notifications });
  }

  let sent: ReturnType<typeof recordingNotifications>['sent'];
  let replicas: ReturnType<typeof replica>[];

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
      now: monday.minus({ weeks: 1 }),
    });
    await replicas[0].webhooks.setWebhook(
      platformTeam,
      'https://hooks.example.com/zooport',
      dave,
      monday.minus({ weeks: 1 }),
    );
  });

  /** The digest sender and the SLA sweep, which retries the notice outbox. */
  const runBoth = (at: DateTime) =>
    Promise.all(
      replicas.map(async r => {
        await r.tasks.digestSender.run(at);
        await r.tasks.slaSweep.run(at);
      }),
    );

  /** A sender of the first replica's services with some of its parts replaced. */
  const senderWith = (
    parts: Partial<ConstructorParameters<typeof DigestSender>[0]>,
  ) => {
    const services = replicas[0];
    return new DigestSender({
      desks: services.deskStore,
      digests: services.digests,
      reminders: new ReminderStore(knex),
      inTransaction: inTransaction(knex),
      outbox: { sendDue: async () => {} } as unknown as NoticeOutbox,
      logger: mockServices.logger.mock(),
      ...parts,
    });
  };

  /** Forgets the notices and webhook events sent so far. */
  const forgetSent = async () => {
    sent.length = 0;
    await knex('webhook_deliveries').delete();
  };

  const webhookEvents = () =>
    knex('webhook_deliveries').orderBy('id').pluck('event');

  const notices = () =>
    sent.map(({ recipients, payload }) => ({
      to: recipients.type === 'entity' ? recipients.entityRef : [],
      topic: payload.topic,
      title: payload.title,
    }));

  /** Monday's daily digest, sent and posted once by the next runs. */
  const expectMondaysDigestOnce = async () => {
    await runBoth(monday.plus({ minutes: 1 }));
    await runBoth(monday.plus({ minutes: 2 }));
    expect(notices().map(n => n.title)).toEqual([
      '🐢 turtle: daily digest, Mon 2 Mar',
    ]);
    expect(await webhookEvents()).toEqual(['digest.daily']);
  };

  it('sends each digest once when two replicas run at the due time', async () => {
    await runBoth(monday.minus({ minutes: 1 }));
    sent.length = 0;
    await runBoth(monday);
    await runBoth(monday);
    await runBoth(monday.plus({ minutes: 31 }));
    expect(notices()).toEqual([
      {
        to: [bob],
        topic: 'zooport-daily-digest',
        title: '🐢 turtle: daily digest, Mon 2 Mar',
      },
      {
        to: [platformTeam, 'user:default/carol'],
        topic: 'zooport-weekly-report',
        title: '🐢 turtle: weekly report, Mon 23 Feb – Sun 1 Mar',
      },
    ]);
  });

  it('sends the latest missed digest late, once, and none of the older ones', async () => {
    // Down since Thursday's digests; back on Monday at noon.
    await runBoth(berlin('2026-02-26T09:00'));
    sent.length = 0;
    await runBoth(berlin('2026-03-02T12:00'));
    await runBoth(berlin('2026-03-02T12:01'));
    expect(notices().map(n => n.title)).toEqual([
      '🐢 turtle: daily digest, Mon 2 Mar',
      '🐢 turtle: weekly report, Mon 23 Feb – Sun 1 Mar',
      '🐢 turtle: who is on support next week, Mon 9 Mar – Sun 15 Mar',
    ]);
  });

  it('sends the planning reminder once, to the team and its lead, with next week’s gaps', async () => {
    // Carol is away on Monday 9 March during support hours: dave, the
    // fallback, is all there is.
    await replicas[0].desks.addOverride(
      platformTeam,
      {
        kind: 'remove',
        userRef: carol,
        start: '2026-03-09T08:00:00.000Z',
        end: '2026-03-09T16:00:00.000Z',
      },
      dave,
      monday.minus({ days: 1 }),
    );
    const planningAt = berlin('2026-03-02T10:00');
    await runBoth(planningAt.minus({ minutes: 1 }));
    await forgetSent();
    await runBoth(planningAt);
    await runBoth(planningAt);
    await runBoth(planningAt.plus({ minutes: 5 }));
    expect(notices()).toEqual([
      {
        to: [platformTeam, carol],
        topic: 'zooport-planning-reminder',
        title: '🐢 turtle: who is on support next week, Mon 9 Mar – Sun 15 Mar',
      },
    ]);
    expect(sent[0].payload).toMatchObject({
      link: '/catalog/default/group/platform-software/zooport?edit=rotation',
      severity: 'high',
      description:
        'On duty: carol (primary) Mon 9 Mar 00:00 – Mon 9 Mar 09:00; ' +
        'Dave Lindqvist (fallback) Mon 9 Mar 09:00 – Mon 9 Mar 17:00; ' +
        'carol (primary) Mon 9 Mar 17:00 – Wed 11 Mar 09:00; ' +
        'alice (primary) Wed 11 Mar 09:00 – Mon 16 Mar 00:00. ' +
        'Support hours with nobody on duty (only the fallback, Dave Lindqvist): ' +
        'Mon 9 Mar 09:00 – Mon 9 Mar 17:00. ' +
        'Times in Europe/Berlin. Plan it in the rotation editor.',
    });
    expect(await webhookEvents()).toEqual(['digest.planning']);
    expect(await knex('reminders_sent').pluck('reminder_key')).toContain(
      `digest|planning|${platformTeam}|2026-03-02`,
    );
  });

  it('tries a digest again when the notifications service failed', async () => {
    await runBoth(monday.minus({ minutes: 1 }));
    await forgetSent();
    const down = replica({
      send: async () => {
        throw new Error('notifications backend down');
      },
    });
    await down.tasks.digestSender.run(monday);
    expect(sent).toEqual([]);
    await expectMondaysDigestOnce();
  });

  it('sends a digest once when its sender died after claiming it', async () => {
    await runBoth(monday.minus({ minutes: 1 }));
    await forgetSent();
    // Dies after the commit, before sending from the outbox.
    await senderWith({
      outbox: {
        sendDue: async () => {
          throw new Error('killed');
        },
      } as unknown as NoticeOutbox,
    })
      .run(monday)
      .catch(() => {});
    expect(sent).toEqual([]);
    await expectMondaysDigestOnce();
  });

  it('sends a digest once when its sender died before the claim committed', async () => {
    await runBoth(monday.minus({ minutes: 1 }));
    await forgetSent();
    const dying: InTransaction = work =>
      inTransaction(knex)(async stores => {
        await work(stores);
        throw new Error('killed');
      });
    await senderWith({ inTransaction: dying }).run(monday);
    expect(await knex('reminders_sent').pluck('reminder_key')).not.toContain(
      `digest|daily|${platformTeam}|2026-03-02`,
    );
    await expectMondaysDigestOnce();
  });

  it('delivers nothing twice when the webhook event cannot be queued', async () => {
    await runBoth(monday.minus({ minutes: 1 }));
    await forgetSent();
    const noWebhooks: InTransaction = work =>
      inTransaction(knex)(stores =>
        work({
          ...stores,
          webhooks: {
            enqueue: async () => {
              throw new Error('webhook_deliveries is locked');
            },
          } as unknown as WebhookStore,
        }),
      );
    await senderWith({ inTransaction: noWebhooks }).run(monday);
    expect(sent).toEqual([]);
    await expectMondaysDigestOnce();
  });

  it('reads the desks and every due claim once a run, not once a desk', async () => {
    await replicas[0].desks.putDesk({
      teamRef: securityTeam,
      input: parseInput(deskInputSchema, platformDesk({ rotation: null })),
      updatedBy: erin,
      now: monday.minus({ weeks: 1 }),
    });
    await runBoth(monday.minus({ minutes: 1 }));
    const queries: string[] = [];
    const record = (query: { sql: string }) => queries.push(query.sql);
    knex.on('query', record);
    try {
      await senderWith({}).run(monday.plus({ minutes: 1 }));
    } finally {
      knex.off('query', record);
    }
    const reads = (table: string) =>
      queries.filter(
        sql =>
          /^select/i.test(sql) && new RegExp(`[\`"]${table}[\`"]`).test(sql),
      );
    // The list of desks was read by the run before: only its state is
    // asked. (Making a digest reads its own desk, by its team.)
    expect(reads('desks').filter(sql => !/where/i.test(sql))).toEqual([
      expect.stringMatching(/^select count/i),
    ]);
    expect(reads('reminders_sent')).toHaveLength(1);
    expect(await knex('reminders_sent').pluck('reminder_key')).toEqual(
      expect.arrayContaining([
        `digest|daily|${platformTeam}|2026-03-02`,
        `digest|daily|${securityTeam}|2026-03-02`,
      ]),
    );
  });

  it('stops between desks once the scheduler aborts the run', async () => {
    await runBoth(monday.minus({ minutes: 1 }));
    await forgetSent();
    const aborted = new AbortController();
    aborted.abort();
    await replicas[0].tasks.digestSender.run(monday, aborted.signal);
    await replicas[0].tasks.slaSweep.run(monday);
    expect(sent).toEqual([]);
    await expectMondaysDigestOnce();
  });

  it('sends nothing the desk switched off', async () => {
    await replicas[0].desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(
        deskInputSchema,
        platformDesk({
          digests: {
            daily: { enabled: false },
            weekly: { enabled: false },
            planning: { enabled: false },
          },
        }),
      ),
      updatedBy: dave,
      now: monday.minus({ days: 1 }),
    });
    await runBoth(monday);
    await runBoth(monday.plus({ hours: 2 }));
    expect(sent).toEqual([]);
  });
});
