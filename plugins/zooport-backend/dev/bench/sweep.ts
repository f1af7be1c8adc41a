import { mockServices } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { DateTime } from 'luxon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyDatabaseMigrations } from '../../src/database/migrations';
import { seedDesks } from '../../src/service/seeds';
import {
  quietLogger,
  sweepServices,
} from '../../src/__testUtils__/slaSweepRunner';
import { Report } from './report';
import { seedRequests } from './requestSeed';
import { deskRef, deskSeeds, REQUEST_DESKS } from './server';
import { timed } from './stats';

/** A database of its own, whose requests are all open; dropped after. */
async function withSweepDatabase(
  postgres: string | undefined,
  work: (knex: Knex) => Promise<void>,
) {
  if (!postgres) {
    const dir = mkdtempSync(join(tmpdir(), 'zooport-bench-sweep-'));
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'sweep.sqlite') },
      useNullAsDefault: true,
    });
    await work(knex).finally(() => knex.destroy());
    return;
  }
  const name = `zooport_bench_sweep_${Date.now()}`;
  const admin = knexFactory({ client: 'pg', connection: postgres });
  await admin.raw('create database ??', [name]);
  const url = new URL(postgres);
  url.pathname = `/${name}`;
  const knex = knexFactory({ client: 'pg', connection: url.toString() });
  try {
    await work(knex);
  } finally {
    await knex.destroy();
    await admin.raw('drop database ??', [name]);
    await admin.destroy();
  }
}

/**
 * The SLA sweep over 10,000 and then 100,000 open requests, through the
 * plugin's own services on a database of its own: once with nothing due
 * (at an instant before every milestone), once with every milestone due
 * (it announces up to 100 of each kind per run).
 */
export async function benchSweep(
  report: Report,
  postgres: string | undefined,
  now: DateTime,
) {
  await withSweepDatabase(postgres, async knex => {
    await applyDatabaseMigrations(knex);
    const config = mockServices.rootConfig({
      // Plain JSON, as a config file would hold it.
      data: JSON.parse(
        JSON.stringify({ zooport: { seedDesks: deskSeeds(REQUEST_DESKS) } }),
      ),
    });
    const services = sweepServices(
      knex,
      now,
      { send: async () => {} },
      {
        config,
        entities: Array.from({ length: REQUEST_DESKS }, (_, i) => ({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: `team-${i}`, namespace: 'default' },
          spec: { type: 'team', children: [] },
        })),
      },
    );
    await seedDesks({
      config,
      logger: quietLogger,
      now,
      store: services.deskStore,
    });
    const types = await Promise.all(
      Array.from({ length: REQUEST_DESKS }, (_, i) =>
        services.requestTypes.listTypes(deskRef(i), now),
      ),
    );
    let stored = 0;
    for (const count of [10_000, 100_000]) {
      await seedRequests(knex, {
        count: count - stored,
        seed: count + 1,
        types,
        now,
        allOpen: true,
      });
      stored = count;
      const size = `${count / 1000}k`;
      const beforeAll = now.minus({ days: 367 });
      const idle = await timed(() => services.tasks.slaSweep.run(beforeAll));
      let announced = 0;
      const busy = await timed(async () => {
        announced = await services.tasks.slaSweep.run(now);
      });
      report.set(`sweepNothingDue${size}Ms`, idle);
      report.set(count === 100_000 ? 'sweep100kMs' : `sweep${size}Ms`, busy);
      report.line(
        `SLA sweep over ${size} open requests: nothing due ${idle.toFixed(
          1,
        )} ms; with all due ${busy.toFixed(0)} ms (${announced} announced)`,
      );
    }
  });
}
