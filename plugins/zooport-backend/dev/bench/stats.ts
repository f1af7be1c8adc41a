import { Knex } from 'knex';
/** The value below which `p` per cent of the sorted values lie. */
export function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

/** "p50 … ms, p95 … ms" of sorted latencies. */
export const latencyFigures = (sorted: number[]) =>
  `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(
    sorted,
    95,
  ).toFixed(1)} ms`;

/** A repeatable pseudo-random sequence (mulberry32), so runs compare. */
export function randomNumbers(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, picked by `random`. */
export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

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

/** `count` words of the support vocabulary, picked by `random`. */
export const words = (random: () => number, count: number) =>
  Array.from({ length: count }, () => pick(random, WORDS)).join(' ');

/** Milliseconds that `run` takes. */
export async function timed(run: () => unknown): Promise<number> {
  const began = performance.now();
  await run();
  return performance.now() - began;
}

/**
 * After a bulk seed: on PostgreSQL, what autovacuum does within a minute of
 * such a load (planner statistics, visibility and hint bits), so that the
 * figures are those of a settled table, not of the seconds after the load.
 */
export async function settle(db: Knex, table: string) {
  if (db.client.config.client === 'pg') {
    await db.raw('vacuum analyze ??', [table]);
  }
}
