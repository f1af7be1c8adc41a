import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { Client } from './client';
import { Report } from './report';
import { DeskTypes, seedRequests } from './requestSeed';
import { DESKS, deskRef, REQUEST_DESKS } from './server';
import { latencyFigures, percentile, timed } from './stats';

const RUNS = 5;
/**
 * Requests filed in the year before the reports' year. A report reads only
 * those still open at its start; one that scans them all shows up slower.
 */
const OLDER_REQUESTS = 20_000;

/**
 * A year's desk report (weekly buckets) of the busiest desk, and the org
 * report over the same year of the desks that take requests and of all
 * desks, with the year's requests seeded and some history before it added
 * here.
 */
export async function benchReports(
  report: Report,
  client: Client,
  options: { db: Knex; types: DeskTypes; now: DateTime },
) {
  const { now } = options;
  const seeding = await timed(() =>
    seedRequests(options.db, {
      count: OLDER_REQUESTS,
      seed: 1,
      types: options.types,
      now: now.minus({ years: 1 }),
    }),
  );
  report.line(
    `seeded ${OLDER_REQUESTS} requests of the year before in ${(
      seeding / 1000
    ).toFixed(1)} s`,
  );
  const range = `from=${now
    .minus({ days: 365 })
    .toISODate()}&to=${now.toISODate()}&bucket=week`;
  const desk = deskRef(0).replace('group:', '').replace(':', '/');
  const requestDesks = Array.from(
    { length: REQUEST_DESKS },
    (_, i) => `&desk=${deskRef(i)}`,
  ).join('');
  const cases: [string, string, string][] = [
    ['deskReport365', `/zooport/desks/${desk}/report?${range}`, 'a desk'],
    [
      'orgReport365Desks50',
      `/zooport/report?${range}${requestDesks}`,
      `the ${REQUEST_DESKS} desks that take requests`,
    ],
    ['orgReport365', `/zooport/report?${range}`, `all ${DESKS} desks`],
    [
      'orgReport365Totals',
      `/zooport/report?${range}&detail=totals`,
      `all ${DESKS} desks, totals only (as the portal asks)`,
    ],
  ];
  for (const [key, path, label] of cases) {
    await client.latencies(path, 1);
    const { total } = await client.latencies(path, RUNS);
    report.set(key, percentile(total, 50));
    report.line(
      `GET …/report over a year (weeks), ${label}: ${latencyFigures(total)}`,
    );
  }
}
