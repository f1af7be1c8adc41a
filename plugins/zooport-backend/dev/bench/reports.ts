import { DateTime } from 'luxon';
import { Client } from './client';
import { Report } from './report';
import { deskRef } from './server';
import { latencyFigures, percentile } from './stats';

const RUNS = 5;

/**
 * A year's desk report (weekly buckets) of the busiest desk, and the org
 * report of all desks over the same year, with the requests seeded.
 */
export async function benchReports(
  report: Report,
  client: Client,
  now: DateTime,
) {
  const range = `from=${now
    .minus({ days: 365 })
    .toISODate()}&to=${now.toISODate()}&bucket=week`;
  const desk = deskRef(0).replace('group:', '').replace(':', '/');
  const cases: [string, string, string][] = [
    ['deskReport365', `/zooport/desks/${desk}/report?${range}`, 'a desk'],
    ['orgReport365', `/zooport/report?${range}`, 'all desks'],
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
