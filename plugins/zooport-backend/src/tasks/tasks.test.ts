import { mockServices } from '@backstage/backend-test-utils';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  platformTeam,
  recipientsOf,
  recordingNotifications,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { NoticeStore } from '../database/NoticeStore';
import { RequestStore, SlaMilestone } from '../database/RequestStore';
import { InTransaction, inTransaction } from '../database/transaction';
import { RequestNotifier } from '../service/RequestNotifier';
import { NoticeOutbox } from './NoticeOutbox';
import { SlaSweep } from './SlaSweep';
import { refNames } from '../service/TeamDirectory';
import { createZooportServices } from '../wiring';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';

jest.setTimeout(60_000);

/**
 * How the database would run a query: SQLite's query plan, or
 * PostgreSQL's with sequential scans priced out, since on a few rows it
 * would rather read the whole table than any index it could use.
 */
async function queryPlan(
  knex: Knex,
  query: { sql: string; bindings: unknown[] },
): Promise<string> {
  const sql = query.sql.replace(/\$\d+/g, '?');
  const bindings = query.bindings as Knex.RawBinding[];
  if (knex.client.config.client === 'pg') {
    return knex.transaction(async trx => {
      await trx.raw('set local enable_seqscan = off');
      const plan = await trx.raw(`explain ${sql}`, bindings);
      return plan.rows
        .map((row: Record<string, string>) => row['QUERY PLAN'])
        .join('\n');
    });
  }
  const plan = await knex.raw(`explain query plan ${sql}`, bindings);
  return plan.map((row: { detail: string }) => row.detail).join('\n');
}

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
/** A Monday; bob is on duty (Wed 25 Feb – Wed 4 Mar), carol is next. */
const monday = berlin('2026-03-02T10:00');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let services: ReturnType<typeof createZooportServices>;
  let notifications: ReturnType<typeof recordingNotifications>;
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    notifications = recordingNotifications();
    services = testServices(knex, {
      now: monday,
      notifications: notifications.service,
      // The test receiver listens on this machine.
      zooport: { webhooks: { allowedHosts: ['127.0.0.1'] } },
    });
    const body = platformDesk();
    (body.rotation as { observers: string[] }).observers = [alice];
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, body),
      updatedBy: alice,
      now: monday.minus({ weeks: 1 }),
    });
  });

  async function file(at: DateTime, changes: Record<string, unknown> = {}) {
    const [question] = await services.requestTypes.listTypes(platformTeam, at);
    const { request } = await services.requests.create(
      {
        teamRef: platformTeam,
        typeId: question.id,
        title: 'The deploy is stuck',
        description: '',
        fields: {},
        impact: 'high',
        urgency: 'high',
        ...changes,
      },
      dave,
      at,
    );
    await services.noticesTried();
    notifications.sent.length = 0;
    return request;
  }

  const told = () =>
    recipientsOf(notifications.sent).map(r => `${r.userRef}: ${r.title}`);

  describe('SLA sweep', () => {
    it('warns before a breach and escalates at it, each once', async () => {
      const request = await file(monday);
      expect(request.assigneeRef).toBe(bob);
      expect(request.sla.firstResponse.deadline).toBe(
        '2026-03-02T10:05:00.000+01:00',
      );
      const sweep = (at: DateTime) => services.tasks.slaSweep.run(at);

      expect(await sweep(monday.plus({ minutes: 3 }))).toBe(0);
      expect(await sweep(monday.plus({ minutes: 4 }))).toBe(1);
      expect(told()).toEqual([`${bob}: 🐢 turtle: first response due soon`]);
      expect(await sweep(monday.plus({ minutes: 4 }))).toBe(0);

      notifications.sent.length = 0;
      expect(await sweep(monday.plus({ minutes: 6 }))).toBe(1);
      // the assignee, the fallback and the team lead
      expect(told().sort()).toEqual(
        [bob, carol, dave].map(
          u => `${u}: 🐢 turtle: first response target missed`,
        ),
      );
      expect(await sweep(monday.plus({ minutes: 7 }))).toBe(0);

      // urgent: 4 business hours to resolve, warned at 80 %
      expect(await sweep(berlin('2026-03-02T13:11'))).toBe(0);
      expect(await sweep(berlin('2026-03-02T14:00'))).toBe(2);
      const history = await services.requests.history(request.id, false);
      expect(history.map(e => e.kind)).toEqual([
        'created',
        'assigned',
        'sla_warning',
        'sla_breach',
        'sla_warning',
        'sla_breach',
      ]);
    });

    /** A sweep of its own, as another replica would run it. */
    function sweepWith(
      options: {
        notifications?: NotificationService;
        transaction?: InTransaction;
      } = {},
    ) {
      const logger = mockServices.logger.mock();
      const notifier = new RequestNotifier(
        options.notifications ?? notifications.service,
        logger,
        refNames,
      );
      return new SlaSweep({
        requests: new RequestStore(knex),
        outbox: new NoticeOutbox({
          notices: new NoticeStore(knex),
          notifier,
          logger,
        }),
        inTransaction: options.transaction ?? inTransaction(knex),
        requestService: services.requests,
        desks: services.desks,
        notifier,
        logger,
      });
    }

    const historyKinds = async (id: string) =>
      (await services.requests.history(id, false))
        .map(e => e.kind)
        .filter(kind => kind.startsWith('sla_'));

    it('records a milestone once when its notice fails, and sends the notice later', async () => {
      const request = await file(monday);
      const down = sweepWith({
        notifications: {
          send: async () => {
            throw new Error('notifications backend down');
          },
        },
      });
      expect(await down.run(monday.plus({ minutes: 4 }))).toBe(1);
      expect(await historyKinds(request.id)).toEqual(['sla_warning']);
      expect(told()).toEqual([]);
      expect(
        await knex('sla_notices')
          .whereNot({ milestone: 'filed' })
          .select('milestone', 'attempts', 'sent_at', 'last_error'),
      ).toEqual([
        {
          milestone: 'first_response_warn',
          attempts: 1,
          sent_at: null,
          last_error: 'Error: notifications backend down',
        },
      ]);

      // The retry waits a minute; then the scheduled sweep sends it.
      const sweep = (at: DateTime) => services.tasks.slaSweep.run(at);
      expect(await sweep(monday.plus({ minutes: 4, seconds: 30 }))).toBe(0);
      expect(told()).toEqual([]);
      expect(await sweep(monday.plus({ minutes: 5 }))).toBe(1);
      expect(told()).toContain(`${bob}: 🐢 turtle: first response due soon`);
      expect(told().filter(line => line.endsWith('due soon'))).toHaveLength(1);
      expect(await historyKinds(request.id)).toEqual([
        'sla_warning',
        'sla_breach',
      ]);
      expect(
        await knex('sla_notices').whereNull('sent_at').pluck('id'),
      ).toEqual([]);
    });

    it('keeps retrying a notice however long the notifications backend is down', async () => {
      const request = await file(monday);
      const down = sweepWith({
        notifications: {
          send: async () => {
            throw new Error('notifications backend down');
          },
        },
      });
      // Each attempt at the instant the one before it set.
      let at = monday.plus({ minutes: 4 });
      await down.run(at);
      for (const wait of [1, 5, 15, 60, 240, 240, 240]) {
        at = at.plus({ minutes: wait });
        await down.run(at);
      }
      const warning = await knex('sla_notices')
        .where({ request_id: request.id, milestone: 'first_response_warn' })
        .first();
      expect(warning).toMatchObject({ attempts: 8, sent_at: null });
      expect(warning.next_attempt_at).not.toBeNull();
      expect(told()).toEqual([]);

      await services.tasks.slaSweep.run(at.plus({ minutes: 240 }));
      expect(
        told().filter(line => line.endsWith('first response due soon')),
      ).toHaveLength(1);
      expect(
        await knex('sla_notices').whereNull('sent_at').pluck('id'),
      ).toEqual([]);
    });

    it('records each milestone once when two sweeps race', async () => {
      const requests = [await file(monday), await file(monday)];
      const at = berlin('2026-03-02T14:00');
      const [first, second] = await Promise.all([
        sweepWith().run(at),
        sweepWith().run(at),
      ]);
      expect(first + second).toBe(8);
      for (const request of requests) {
        expect((await historyKinds(request.id)).sort()).toEqual([
          'sla_breach',
          'sla_breach',
          'sla_warning',
          'sla_warning',
        ]);
      }
      // one notice per milestone, each sent once
      expect(notifications.sent).toHaveLength(8);
      expect(
        await knex('sla_notices').whereNull('sent_at').pluck('id'),
      ).toEqual([]);
    });

    it('rolls the claim back when the transaction fails after it', async () => {
      const request = await file(monday);
      const failing: InTransaction = work =>
        inTransaction(knex)(stores =>
          work({
            ...stores,
            notices: {
              enqueue: async () => {
                throw new Error('disk full');
              },
            } as unknown as NoticeStore,
          }),
        );
      expect(
        await sweepWith({ transaction: failing }).run(
          monday.plus({ minutes: 4 }),
        ),
      ).toBe(0);
      expect(await historyKinds(request.id)).toEqual([]);
      expect(
        await knex('sla_notices').whereNot({ milestone: 'filed' }).pluck('id'),
      ).toEqual([]);
      expect(told()).toEqual([]);

      expect(
        await services.tasks.slaSweep.run(monday.plus({ minutes: 4 })),
      ).toBe(1);
      expect(await historyKinds(request.id)).toEqual(['sla_warning']);
      expect(told()).toEqual([`${bob}: 🐢 turtle: first response due soon`]);
    });

    it('counts only business hours: a Friday evening request is due on Monday', async () => {
      const request = await file(berlin('2026-03-06T16:50'), {
        impact: 'high',
        urgency: 'medium',
      });
      expect(request.priority).toBe('high');
      expect(request.sla.firstResponse.deadline).toBe(
        '2026-03-09T09:20:00.000+01:00',
      );
      expect(
        await services.tasks.slaSweep.run(berlin('2026-03-08T12:00')),
      ).toBe(0);
    });

    it('does not chase a request that waits for its requester', async () => {
      const request = await file(monday);
      await services.requests.transition(
        request.id,
        { action: 'wait_for_requester' },
        { userRef: bob, asDesk: true },
        monday.plus({ minutes: 1 }),
      );
      expect(await services.tasks.slaSweep.run(monday.plus({ days: 3 }))).toBe(
        0,
      );
      expect(told()).toEqual([`${dave}: Your request waits for your answer`]);
    });
    it('finds each milestone again after a pause, a resume, a resolution, a reopening and an escalation', async () => {
      const request = await file(monday);
      const sweep = (at: DateTime) => services.tasks.slaSweep.run(at);
      const asDesk = { userRef: bob, asDesk: true };
      const asRequester = { userRef: dave, asDesk: false };
      const act = (
        change: Parameters<typeof services.requests.transition>[1],
        actor: typeof asDesk,
        at: DateTime,
      ) => services.requests.transition(request.id, change, actor, at);
      await services.requests.escalate(
        request.id,
        'still stuck',
        dave,
        monday.plus({ minutes: 1 }),
      );
      expect(await sweep(monday.plus({ minutes: 6 }))).toBe(2);

      // Waiting for the requester: the resolution clock stands still.
      await act(
        { action: 'wait_for_requester' },
        asDesk,
        monday.plus({ minutes: 10 }),
      );
      expect(await sweep(monday.plus({ days: 1 }))).toBe(0);

      // The answer resumes it, with its time left laid out again.
      const answered = monday.plus({ days: 1 });
      await services.requests.comment(
        request.id,
        { body: 'Here is the log', internal: false },
        asRequester,
        answered,
      );
      const resumed = await services.requests.withSlaClocks(
        await services.requests.readStored(request.id),
        answered,
      );
      const due = DateTime.fromISO(resumed.sla.resolution.deadline!);
      expect(await sweep(due.minus({ minutes: 1 }))).toBe(1);

      // Resolved in time: nothing more falls due.
      const resolution = { category: 'answered', minutesSpent: 5 } as const;
      await act(
        { action: 'resolve', resolution },
        asDesk,
        due.minus({ minutes: 1 }),
      );
      expect(await sweep(due.plus({ days: 1 }))).toBe(0);

      // Reopened, the clock runs again, and breaches this time.
      await act({ action: 'reopen' }, asRequester, due.plus({ days: 1 }));
      expect(await sweep(due.plus({ days: 30 }))).toBe(1);
      expect(await historyKinds(request.id)).toEqual([
        'sla_warning',
        'sla_breach',
        'sla_warning',
        'sla_breach',
      ]);
    });

    it('reads only the due rows: each milestone is found through its own index', async () => {
      const milestones = {
        first_response_warn: 'first_response_warn_at',
        first_response_breach: 'first_response_due_at',
        resolution_warn: 'resolution_warn_at',
        resolution_breach: 'resolution_due_at',
      } as const;
      const store = new RequestStore(knex);
      for (const [milestone, column] of Object.entries(milestones)) {
        const queries: { sql: string; bindings: unknown[] }[] = [];
        const record = (query: { sql: string; bindings: unknown[] }) =>
          queries.push(query);
        knex.on('query', record);
        await store.dueMilestones(milestone as SlaMilestone, monday);
        knex.off('query', record);
        expect(queries).toHaveLength(1);
        expect(await queryPlan(knex, queries[0])).toContain(
          `requests_${column}_due_idx`,
        );
      }
    });
  });

  describe('handoff watch', () => {
    it('reminds the next Zooporter and the observer the day before, once', async () => {
      const watch = (at: DateTime) => services.tasks.handoffWatch.run(at);
      await watch(monday);
      expect(told()).toEqual([]);

      await watch(berlin('2026-03-03T10:00'));
      expect(told()).toEqual([
        `${carol}: 🐢 turtle: your turn starts soon`,
        `${alice}: 🐢 turtle: your turn starts soon`,
      ]);
      await watch(berlin('2026-03-03T11:00'));
      expect(told()).toHaveLength(2);
    });

    it('hands unanswered requests to the new Zooporter at the handoff', async () => {
      const unanswered = await file(monday);
      const answered = await file(monday);
      await services.requests.transition(
        answered.id,
        { action: 'acknowledge' },
        { userRef: bob, asDesk: true },
        monday,
      );

      await services.tasks.handoffWatch.run(berlin('2026-03-04T09:30'));

      const [moved, kept] = await Promise.all([
        services.requests.readStored(unanswered.id),
        services.requests.readStored(answered.id),
      ]);
      expect(moved.assigneeRef).toBe(carol);
      expect(kept.assigneeRef).toBe(bob);
      expect(told()).toContain(`${carol}: 🐢 turtle: a request is yours now`);
      const history = await services.requests.history(unanswered.id, false);
      expect(history.pop()).toMatchObject({
        kind: 'assigned',
        details: { from: bob, to: carol, reason: 'handoff' },
      });
    });
  });

  describe('webhook sender', () => {
    let server: Server;
    const received: unknown[] = [];
    let failuresLeft = 1;

    beforeEach(async () => {
      received.length = 0;
      failuresLeft = 1;
      server = createServer((req, res) => {
        let body = '';
        req.on('data', chunk => {
          body += chunk;
        });
        req.on('end', () => {
          received.push(JSON.parse(body));
          res.statusCode = failuresLeft-- > 0 ? 500 : 204;
          res.end();
        });
      });
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
    });

    afterEach(async () => {
      await new Promise(resolve => server.close(resolve));
    });

    it('never posts to a host that is not allowed, however it was set', async () => {
      const { port } = server.address() as AddressInfo;
      await services.webhooks.setWebhook(
        platformTeam,
        `http://localhost:${port}/hook`,
        alice,
        monday,
      );
      await file(monday);

      await services.tasks.webhookSender.run(monday);

      expect(received).toEqual([]);
      const [delivery] = await services.webhooks.deliveries(platformTeam);
      expect(delivery).toMatchObject({
        attempts: 1,
        deliveredAt: null,
        lastError: 'Error: localhost is not one of the allowed webhook hosts',
      });
    });

    it('retries a failed post later and delivers it once', async () => {
      const { port } = server.address() as AddressInfo;
      await services.webhooks.setWebhook(
        platformTeam,
        `http://127.0.0.1:${port}/hook`,
        alice,
        monday,
      );
      await file(monday);
      const send = (at: DateTime) => services.tasks.webhookSender.run(at);

      await send(monday);
      expect(received).toHaveLength(1);
      let [delivery] = await services.webhooks.deliveries(platformTeam);
      expect(delivery).toMatchObject({
        attempts: 1,
        deliveredAt: null,
        lastError: 'HTTP 500',
      });

      await send(monday.plus({ seconds: 30 }));
      expect(received).toHaveLength(1);

      await send(monday.plus({ minutes: 1 }));
      expect(received).toHaveLength(2);
      expect(received[1]).toMatchObject({
        event: 'request.created',
        request: { title: 'The deploy is stuck', priority: 'urgent' },
      });
      [delivery] = await services.webhooks.deliveries(platformTeam);
      expect(delivery.deliveredAt).not.toBeNull();

      await send(monday.plus({ hours: 1 }));
      expect(received).toHaveLength(2);
    });
  });
});
