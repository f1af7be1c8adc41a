// The backend the bench measures: the catalog, the auth backend with the
// guest provider (whose user tokens file requests), notifications and this
// plugin, on SQLite files or on a PostgreSQL server.
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { RotationSpec, SupportHours } from '@zooport/plugin-zooport-common';
import knexFactory, { Knex } from 'knex';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DESKS = 1000;
/** The desks that take requests: the first ones. */
export const REQUEST_DESKS = 50;
/** The static token of the bench's service-to-service calls. */
export const TOKEN = 'zooport-bench-token';

/** The port the bench's backend listens on: a free one, found at start. */
let port = 0;
/** Where the backend's plugins answer, once it has started. */
export const apiBase = () => `http://127.0.0.1:${port}/api`;

/** A port nobody listens on now (several benches may share a machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as AddressInfo;
      server.close(() => resolve(free));
    });
  });
}
/** The person the guest provider signs in: the bench's requester. */
export const BENCH_USER = 'user:default/bench-requester';

export const deskRef = (i: number) => `group:default/team-${i}`;

export const rotation = (i: number): RotationSpec => ({
  timeZone: ['Europe/Berlin', 'America/Chicago', 'Australia/Lord_Howe'][i % 3],
  handoff: { day: 3, time: '09:00' },
  shiftLength: { unit: 'week', count: 1 },
  membersPerShift: 2,
  participants: ['a', 'b', 'c', 'd', 'e'].map(p => ({
    userRef: `user:default/${p}-${i}`,
    capabilities: p === 'a' ? ['production-access'] : [],
  })),
  start: '2025-01-01',
  fallback: `user:default/fallback-${i}`,
  observers: [],
});

/** Office hours on weekdays for the desks that take requests; none else. */
export const hoursOf = (i: number): SupportHours => ({
  timeZone: ['Europe/Berlin', 'America/Chicago', 'Asia/Kolkata'][i % 3],
  weekly:
    i < REQUEST_DESKS
      ? ([1, 2, 3, 4, 5] as const).map(day => ({
          day,
          start: '09:00',
          end: '17:00',
        }))
      : [],
  holidays: i < REQUEST_DESKS ? ['2026-05-01', '2026-12-25'] : [],
});

/** `zooport.seedDesks` for the first `count` desks. */
export const deskSeeds = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    team: deskRef(i),
    animal: { name: `animal ${i}` },
    hours: hoursOf(i),
    rotation: rotation(i),
  }));

export interface BenchServer {
  /** The plugin's own database, for seeding. */
  database(): Knex;
  stop(): Promise<void>;
}

function writeConfig(
  postgres: string | undefined,
  dir: string,
  prefix: string,
) {
  const groups = Array.from({ length: DESKS }, (_, i) =>
    [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Group',
      `metadata: { name: team-${i} }`,
      'spec: { type: team, children: [] }',
    ].join('\n'),
  ).join('\n---\n');
  writeFileSync(join(dir, 'groups.yaml'), groups);
  const config = {
    app: { baseUrl: `http://127.0.0.1:${port}` },
    backend: {
      baseUrl: `http://127.0.0.1:${port}`,
      listen: { port, host: '127.0.0.1' },
      database: postgres
        ? { client: 'pg', connection: postgres, prefix }
        : { client: 'better-sqlite3', connection: { directory: dir } },
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TOKEN, subject: 'bench' } },
        ],
      },
    },
    auth: {
      environment: 'development',
      providers: {
        guest: {
          userEntityRef: BENCH_USER,
          dangerouslyAllowOutsideDevelopment: true,
        },
      },
    },
    catalog: {
      rules: [{ allow: ['Group'] }],
      locations: [{ type: 'file', target: join(dir, 'groups.yaml') }],
    },
    zooport: { seedDesks: deskSeeds(DESKS) },
  };
  const file = join(dir, 'app-config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

function pluginDatabase(
  postgres: string | undefined,
  dir: string,
  prefix: string,
): Knex {
  if (!postgres) {
    return knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'zooport.sqlite') },
      useNullAsDefault: true,
    });
  }
  const url = new URL(postgres);
  url.pathname = `/${prefix}zooport`;
  return knexFactory({ client: 'pg', connection: url.toString() });
}

/** Drops the databases the backend made on a shared server, one per plugin. */
async function dropDatabases(postgres: string, prefix: string) {
  const admin = knexFactory({ client: 'pg', connection: postgres });
  try {
    const names: string[] = await admin('pg_database')
      .where('datname', 'like', `${prefix}%`)
      .pluck('datname');
    for (const name of names) {
      await admin.raw('drop database if exists ?? with (force)', [name]);
    }
  } finally {
    await admin.destroy();
  }
}

export async function startServer(postgres?: string): Promise<BenchServer> {
  port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'zooport-bench-'));
  const prefix = `zooport_bench_${Date.now()}_`;
  const backend = createBackend();
  backend.add(
    rootConfigServiceFactory({
      argv: ['node', 'bench', '--config', writeConfig(postgres, dir, prefix)],
      watch: false,
    }),
  );
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('@backstage/plugin-notifications-backend'));
  backend.add(import('../../src'));
  await backend.start();
  const databases: Knex[] = [];
  return {
    database() {
      const db = pluginDatabase(postgres, dir, prefix);
      databases.push(db);
      return db;
    },
    async stop() {
      await Promise.all(databases.map(db => db.destroy()));
      await backend.stop();
      if (postgres) await dropDatabases(postgres, prefix);
    },
  };
}

/** A GET of the bench's backend as its service, answered with JSON. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${apiBase()}${path}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}

/** A user token of the bench's requester, from the guest provider. */
export async function userToken(): Promise<string> {
  const response = await fetch(`${apiBase()}/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!response.ok) {
    throw new Error(`Guest sign-in failed: ${response.status}`);
  }
  const session = await response.json();
  return session.backstageIdentity.token;
}

/**
 * Waits until the catalog has ingested all the bench's groups. Measuring
 * while it still ingests would measure the catalog: on SQLite its commits
 * block the process's one thread for milliseconds each.
 */
export async function waitForCatalog() {
  const path = '/catalog/entities/by-query?filter=kind=group&limit=1';
  for (let attempt = 0; attempt < 600; attempt++) {
    const response = await fetch(`${apiBase()}${path}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    }).catch(() => undefined);
    if (response?.ok && (await response.json()).totalItems >= DESKS) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error('The catalog did not ingest the bench groups in time');
}

/** The scheduled tasks' first run comes this long after the start. */
const TASKS_FIRST_RUN_MS = 20_000;

/**
 * Waits until the scheduled tasks' first run is over and the notices it
 * queued are sent: on a day when the 1,000 desks' survey prompts or daily
 * digests are due, sending them competes with the measurements (on SQLite
 * for the one writer's lock). Returns the seconds waited.
 */
export async function waitForBackgroundWork(db: Knex, startedAt: number) {
  const pending = async () =>
    Number(
      (
        await db('sla_notices')
          .whereNull('sent_at')
          .whereNotNull('next_attempt_at')
          .count({ count: '*' })
      )[0].count,
    );
  const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
  await sleep(Math.max(0, startedAt + TASKS_FIRST_RUN_MS - Date.now()));
  let quiet = 0;
  for (let attempt = 0; attempt < 600 && quiet < 3; attempt++) {
    quiet = (await pending()) === 0 ? quiet + 1 : 0;
    await sleep(1000);
  }
  return Math.round((Date.now() - startedAt) / 1000);
}
