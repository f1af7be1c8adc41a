/* eslint-disable no-console */
// Benchmark of the support desk API. Prints figures; asserts nothing.
//
//   yarn bench                 # SQLite
//   yarn bench --postgres URL  # PostgreSQL, e.g. postgresql://postgres@127.0.0.1:54329
//
// Figures: on-duty maths per second; the zoo view with 1,000 desks; on-duty
// lookups next to the catalog's by-name lookup; knowledge-base search and
// suggestions over 20,000 entries.
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { onDutyAt, RotationSpec } from '@zooport/plugin-zooport-common';
import knexFactory, { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { DateTime } from 'luxon';
import type { ClientTask, Latencies } from './benchClient';

// Request logs at info level would be measured along with the requests.
process.env.LOG_LEVEL = 'warn';

const DESKS = 1000;
const ENTRIES = 20_000;
const PORT = 7117;
const TOKEN = 'zooport-bench-token';
const base = `http://127.0.0.1:${PORT}/api`;

const rotation = (i: number): RotationSpec => ({
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

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

const figures = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(
    values,
    95,
  ).toFixed(1)} ms`;

function benchOnDutyMaths() {
  const spec = rotation(0);
  const start = DateTime.fromISO('2026-01-01T00:00:00Z');
  const runs = 200_000;
  const began = performance.now();
  for (let i = 0; i < runs; i++) {
    onDutyAt(spec, [], start.plus({ minutes: i * 37 }));
  }
  const seconds = (performance.now() - began) / 1000;
  console.log(
    `on-duty computations (pure, one rotation): ${Math.round(
      runs / seconds,
    )} per second`,
  );
}

function writeConfig(
  postgres: string | undefined,
  dir: string,
  prefix: string,
): string {
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
    backend: {
      baseUrl: `http://127.0.0.1:${PORT}`,
      listen: { port: PORT, host: '127.0.0.1' },
      database: postgres
        ? { client: 'pg', connection: postgres, prefix }
        : { client: 'better-sqlite3', connection: { directory: dir } },
      auth: {
        externalAccess: [
          { type: 'static', options: { token: TOKEN, subject: 'bench' } },
        ],
      },
    },
    catalog: {
      rules: [{ allow: ['Group'] }],
      locations: [{ type: 'file', target: join(dir, 'groups.yaml') }],
    },
    zooport: {
      seedDesks: Array.from({ length: DESKS }, (_, i) => ({
        team: `group:default/team-${i}`,
        animal: { name: `animal ${i}` },
        hours: { timeZone: 'Europe/Berlin', weekly: [], holidays: [] },
        rotation: rotation(i),
      })),
    },
  };
  const file = join(dir, 'app-config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** The HTTP client in its worker thread; see benchClient.ts. */
function startClient() {
  const worker = new Worker(join(__dirname, 'benchClient.ts'), {
    workerData: { base, token: TOKEN },
  });
  const run = <T>(task: ClientTask) =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', ({ result, error }) =>
        error ? reject(new Error(error)) : resolve(result),
      );
      worker.postMessage(task);
    });
  return {
    latencies: (path: string, runs: number) =>
      run<Latencies>({ kind: 'latencies', path, runs }),
    throughput: (path: string, requests: number, concurrency: number) =>
      run<number>({ kind: 'throughput', path, requests, concurrency }),
    stop: () => worker.terminate(),
  };
}

async function waitForCatalog(path: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    const response = await fetch(`${base}${path}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    }).catch(() => undefined);
    if (response?.ok) return;
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  throw new Error('The catalog did not ingest the bench groups in time');
}

const WORDS = (
  'deploy pipeline kafka topic quota grafana dashboard vpn token reset ' +
  'postgres backup restore replica index vacuum kubernetes pod node ' +
  'namespace ingress certificate secret vault rotation access role ' +
  'permission terraform module cluster upgrade release rollback canary ' +
  'latency alert pager incident runbook jenkins runner cache artifact ' +
  'docker image registry build test flaky coverage selenium browser ' +
  'network firewall dns proxy load balancer storage bucket volume disk ' +
  'memory cpu quota limit schema migration query slow lock deadlock ' +
  'password login sso ldap group team onboarding laptop printer wiki'
).split(' ');

/** A repeatable pseudo-random sequence (mulberry32), so runs compare. */
function randomNumbers(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes entries straight into the plugin's tables: the API wants a person. */
async function seedEntries(db: Knex) {
  const random = randomNumbers(7);
  const words = (n: number) =>
    Array.from(
      { length: n },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(' ');
  const at = DateTime.now().toUTC().toISO()!;
  const rows = Array.from({ length: ENTRIES }, (_, i) => {
    const body = words(80);
    return {
      id: randomUUID(),
      team_ref: `group:default/team-${i % DESKS}`,
      kind: i % 5 === 0 ? 'playbook' : 'faq',
      title: `How do I ${words(5)}?`,
      content: JSON.stringify({
        body,
        steps: [],
        links: [],
        severityHints: [],
        tags: [],
        requestTypeIds: [],
        entityRefs: [],
      }),
      search_text: body,
      author_ref: 'user:default/bench',
      created_at: at,
      updated_at: at,
      last_reviewed_at: at,
      review_every_days: null,
      revision: 1,
      answered_requests: 0,
      deleted_at: null,
    };
  });
  await db.batchInsert('kb_entries', rows, 250);
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

type Client = ReturnType<typeof startClient>;

/**
 * Requests per second of each path, measured in alternating rounds (A B B A
 * …) so that the catalog's background processing, which comes and goes,
 * weighs on every path alike.
 */
async function compareThroughput<K extends string>(
  client: Client,
  paths: Record<K, string>,
): Promise<Record<K, number>> {
  const ROUNDS = 10;
  const PER_ROUND = 300;
  const CONCURRENCY = 8;
  const keys = Object.keys(paths) as K[];
  const seconds = Object.fromEntries(keys.map(key => [key, 0])) as Record<
    K,
    number
  >;
  for (const key of keys) await client.throughput(paths[key], 200, CONCURRENCY);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? keys : [...keys].reverse();
    for (const key of order) {
      const rate = await client.throughput(paths[key], PER_ROUND, CONCURRENCY);
      seconds[key] += PER_ROUND / rate;
    }
  }
  return Object.fromEntries(
    keys.map(key => [key, (ROUNDS * PER_ROUND) / seconds[key]]),
  ) as Record<K, number>;
}

async function benchSearch(db: Knex, databaseName: string, client: Client) {
  const began = performance.now();
  await seedEntries(db);
  console.log(
    `seeded ${ENTRIES} knowledge-base entries in ${(
      (performance.now() - began) /
      1000
    ).toFixed(1)} s`,
  );
  const random = randomNumbers(11);
  const queries = Array.from({ length: 100 }, (_, i) =>
    Array.from(
      { length: 1 + (i % 3) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    ).join(' '),
  );
  for (const [label, path] of [
    ['GET /entries/search', (q: string) => `/zooport/entries/search?q=${q}`],
    ['GET /suggest', (q: string) => `/zooport/suggest?q=${q}`],
  ] as const) {
    for (const q of queries.slice(0, 10))
      await client.latencies(path(encodeURIComponent(q)), 1);
    const times: number[] = [];
    for (const q of queries) {
      const { total } = await client.latencies(path(encodeURIComponent(q)), 1);
      times.push(total[0]);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label} over ${ENTRIES} entries on ${databaseName} (1–3 words): end to end ${figures(
        times,
      )}`,
    );
  }
}

async function main() {
  const postgresIndex = process.argv.indexOf('--postgres');
  const postgres =
    postgresIndex > 0 ? process.argv[postgresIndex + 1] : undefined;
  const databaseName = postgres ? 'PostgreSQL' : 'SQLite';

  benchOnDutyMaths();

  const dir = mkdtempSync(join(tmpdir(), 'zooport-bench-'));
  const prefix = `zooport_bench_${Date.now()}_`;
  const backend = createBackend();
  backend.add(
    rootConfigServiceFactory({
      argv: ['node', 'bench', '--config', writeConfig(postgres, dir, prefix)],
      watch: false,
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('../src'));
  await backend.start();
  const client = startClient();
  try {
    const catalogPath = '/catalog/entities/by-name/group/default/team-7';
    const deskPath = '/zooport/desks/default/team-7/on-duty';
    await waitForCatalog(catalogPath);

    await client.latencies('/zooport/on-duty', 5);
    const zoo = await client.latencies('/zooport/on-duty', 30);
    console.log(
      `GET /on-duty with ${DESKS} desks on ${databaseName}: end to end ${figures(
        zoo.total,
      )}; in the handler ${figures(zoo.server)}`,
    );

    const { desk, catalog } = await compareThroughput(client, {
      desk: deskPath,
      catalog: catalogPath,
    });
    console.log(
      `GET /desks/default/team-7/on-duty: ${Math.round(
        desk,
      )} requests/s on ${databaseName}`,
    );
    console.log(
      `GET /api/catalog/entities/by-name/group/default/team-7: ${Math.round(
        catalog,
      )} requests/s`,
    );
    console.log(
      `on-duty / catalog throughput ratio: ${(desk / catalog).toFixed(2)}`,
    );

    const db = pluginDatabase(postgres, dir, prefix);
    try {
      await benchSearch(db, databaseName, client);
    } finally {
      await db.destroy();
    }
  } finally {
    await client.stop();
    await backend.stop();
  }
}

// The catalog leaves timers behind after stopping; the figures are printed.
main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
