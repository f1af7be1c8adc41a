import { TestDatabaseId } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import { fork } from 'node:child_process';
import { dave, platformDesk, platformTeam } from '../__testUtils__/testBackend';
import {
  markingNotifications,
  sweepServices,
} from '../__testUtils__/slaSweepRunner';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { requestLink } from '../service/RequestNotifier';

jest.setTimeout(60_000);

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
/** When the requests are filed; bob is on duty. */
const monday = berlin('2026-03-02T10:00');
/** When the sweeps run: every clock of every request has breached. */
const tuesday = berlin('2026-03-03T12:00');
const REQUESTS = 40;
/** Notices the child sends before it is killed. */
const KILL_AFTER = 40;

const postgresId = process.env.ZOOPORT_TEST_POSTGRES_ID as
  | TestDatabaseId
  | undefined;

// The child needs a database two processes can share: PostgreSQL only.
(postgresId ? describe : describe.skip)('SLA sweep killed mid-way', () => {
  const databases = createTestDatabases();

  it('leaves every milestone one history line and at least one notice', async () => {
    const knex = await databases.init(postgresId!);
    await applyDatabaseMigrations(knex);
    await knex.schema.createTable('sla_notice_marks', table => {
      table.increments('id');
      table.string('link').notNullable();
      table.string('title').notNullable();
    });
    const services = sweepServices(knex, tuesday, markingNotifications(knex));
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk()),
      updatedBy: dave,
      now: monday.minus({ weeks: 1 }),
    });
    const [question] = await services.requestTypes.listTypes(
      platformTeam,
      monday,
    );
    const ids: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const { request } = await services.requests.create(
        {
          teamRef: platformTeam,
          typeId: question.id,
          title: `The deploy is stuck (${i})`,
          description: '',
          fields: {},
          impact: 'high',
          urgency: 'high',
        },
        dave,
        monday,
      );
      ids.push(request.id);
    }
    // The filings' own notices are sent; the sweep's are what is counted.
    await services.noticesTried();
    await knex('sla_notices').delete();
    await knex('sla_notice_marks').delete();

    const child = fork(require.resolve('../__testUtils__/slaSweepRunner'), [], {
      execArgv: [
        '-r',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      ],
      env: {
        ...process.env,
        ZOOPORT_SLA_SWEEP_RUN: JSON.stringify({
          connection: knex.client.config.connection,
          at: tuesday.toISO(),
        }),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<string | number | null>(resolve =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    const count = async (table: string) =>
      Number((await knex(table).count({ n: '*' }))[0].n);
    while ((await count('sla_notice_marks')) < KILL_AFTER) {
      if (child.exitCode !== null) {
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Killed mid-way: some milestones were left for the next sweep.
    expect(await count('sla_notices')).toBeLessThan(REQUESTS * 4);

    // The next sweep records the rest; a minute later it retries the
    // notices the child had taken but not marked sent.
    await services.tasks.slaSweep.run(tuesday);
    await services.tasks.slaSweep.run(tuesday.plus({ minutes: 1 }));

    const lines: { request_id: string; kind: string; details: string }[] =
      await knex('request_events')
        .whereIn('kind', ['sla_warning', 'sla_breach'])
        .select('request_id', 'kind', 'details');
    const recorded = lines
      .map(
        line =>
          `${line.request_id} ${line.kind} ${JSON.parse(line.details).clock}`,
      )
      .sort();
    const expected = ids
      .flatMap(id =>
        ['sla_warning', 'sla_breach'].flatMap(kind =>
          ['first response', 'resolution'].map(
            clock => `${id} ${kind} ${clock}`,
          ),
        ),
      )
      .sort();
    expect(recorded).toEqual(expected);

    const notices: { request_id: string; payload: string; sent_at: string }[] =
      await knex('sla_notices').select('request_id', 'payload', 'sent_at');
    expect(notices).toHaveLength(REQUESTS * 4);
    const marks = new Set(
      (await knex('sla_notice_marks').select('link', 'title')).map(
        mark => `${mark.link} ${mark.title}`,
      ),
    );
    const unsent = notices.filter(
      notice =>
        !notice.sent_at ||
        !marks.has(
          `${requestLink(notice.request_id)} ${
            JSON.parse(notice.payload).title
          }`,
        ),
    );
    expect(unsent).toEqual([]);
  });
});
