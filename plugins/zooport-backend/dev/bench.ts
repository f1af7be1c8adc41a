/* eslint-disable no-console */
// Benchmark of the support desk API. Prints figures; asserts nothing.
//
//   yarn bench                 # SQLite
//   yarn bench --postgres URL  # PostgreSQL, e.g. postgresql://postgres@127.0.0.1:54329
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { onDutyAt, RotationSpec } from '@zooport/plugin-zooport-common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';

// Request logs at info level would be measured along with the requests.
process.env.LOG_LEVEL = 'warn';

const DESKS = 1000;
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

function writeConfig(postgres: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'zooport-bench-'));
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
        ? {
            client: 'pg',
            connection: postgres,
            prefix: `zooport_bench_${Date.now()}_`,
          }
        : { client: 'better-sqlite3', connection: ':memory:' },
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

async function get(path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  await response.arrayBuffer();
  return response;
}

/** End-to-end times, and the server's own from its Server-Timing header. */
async function latencies(path: string, runs: number) {
  const total: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    const response = await get(path);
    total.push(performance.now() - began);
    const timing = /dur=([\d.]+)/.exec(
      response.headers.get('server-timing') ?? '',
    );
    if (timing) server.push(Number(timing[1]));
  }
  const sort = (values: number[]) => values.sort((a, b) => a - b);
  return { total: sort(total), server: sort(server) };
}

async function throughput(path: string, requests: number, concurrency: number) {
  let next = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        await get(path);
      }
    }),
  );
  return requests / ((performance.now() - began) / 1000);
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

async function main() {
  const postgresIndex = process.argv.indexOf('--postgres');
  const postgres =
    postgresIndex > 0 ? process.argv[postgresIndex + 1] : undefined;
  const databaseName = postgres ? 'PostgreSQL' : 'SQLite';

  benchOnDutyMaths();

  const backend = createBackend();
  backend.add(
    rootConfigServiceFactory({
      argv: ['node', 'bench', '--config', writeConfig(postgres)],
      watch: false,
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('../src'));
  await backend.start();
  try {
    const catalogPath = '/catalog/entities/by-name/group/default/team-7';
    const deskPath = '/zooport/desks/default/team-7/on-duty';
    await waitForCatalog(catalogPath);

    for (let i = 0; i < 5; i++) await get('/zooport/on-duty');
    const zoo = await latencies('/zooport/on-duty', 30);
    const figures = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(
        values,
        95,
      ).toFixed(1)} ms`;
    console.log(
      `GET /on-duty with ${DESKS} desks on ${databaseName}: end to end ${figures(
        zoo.total,
      )}; in the handler ${figures(zoo.server)}`,
    );

    await throughput(deskPath, 200, 8);
    await throughput(catalogPath, 200, 8);
    const desk = await throughput(deskPath, 3000, 8);
    const catalog = await throughput(catalogPath, 3000, 8);
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
  } finally {
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
