// Benchmark of the support desk API. Prints figures; asserts nothing.
//
//   yarn bench                 # SQLite
//   yarn bench --postgres URL  # PostgreSQL, e.g. postgresql://postgres@127.0.0.1:54329
//   yarn bench --json          # one JSON object of figures on stdout
//   yarn bench --only requests,sweep  # some of: zoo, suggestions, search, intake, requests, reports, sweep, businessTime
//
// The figure groups live in dev/bench/, one file each; the backend README
// (Benchmark) says what each figure is and where it stands.

import { DateTime } from 'luxon';
import { benchBusinessTimeWorst } from './bench/businessTime';
import { startClient } from './bench/client';
import { Report } from './bench/report';
import { benchReports } from './bench/reports';
import {
  benchIntake,
  benchLists,
  requestTypesOfDesks,
  seedUpTo,
} from './bench/requests';
import { benchSearch } from './bench/search';
import { benchSuggestionQuality } from './bench/suggestions';
import {
  startServer,
  userToken,
  waitForBackgroundWork,
  waitForCatalog,
} from './bench/server';
import { benchSweep } from './bench/sweep';
import { benchOnDutyMaths, benchZoo } from './bench/zoo';

const groups = [
  'zoo',
  'suggestions',
  'search',
  'intake',
  'requests',
  'reports',
  'sweep',
  'businessTime',
] as const;
type Group = (typeof groups)[number];

function options() {
  const value = (flag: string) => {
    const index = process.argv.indexOf(flag);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const only = value('--only')?.split(',');
  return {
    postgres: value('--postgres'),
    json: process.argv.includes('--json'),
    runs: (group: Group) => !only || only.includes(group),
  };
}

// Request logs at info level would be measured along with the requests.
process.env.LOG_LEVEL = 'warn';

async function main() {
  const { postgres, json, runs } = options();
  const database = postgres ? 'PostgreSQL' : 'SQLite';
  const report = new Report(database, json);
  const began = performance.now();
  report.line(`Zooport bench on ${database}`);

  if (runs('zoo')) benchOnDutyMaths(report);
  const startedAt = Date.now();
  const server = await startServer(postgres);
  const client = startClient();
  const now = DateTime.now();
  try {
    await waitForCatalog();
    const db = server.database();
    const settled = await waitForBackgroundWork(db, startedAt);
    report.line(`backend settled ${settled} s after the start`);
    if (runs('zoo')) await benchZoo(report, client);
    // Before the search's random entries: the labelled set is about the demo's.
    if (runs('suggestions')) await benchSuggestionQuality(report, db, now);
    if (runs('search')) {
      await benchSearch(report, db, client, now.toUTC().toISO()!);
    }
    if (runs('intake') || runs('requests')) {
      const types = await requestTypesOfDesks();
      await benchIntake(report, client, types, await userToken());
    }
    if (runs('requests')) {
      const types = await requestTypesOfDesks();
      let stored = 0;
      for (const count of [10_000, 100_000]) {
        await seedUpTo(report, db, { from: stored, count, types, now });
        stored = count;
        await benchLists(report, client, count);
      }
    }
    if (runs('reports')) {
      const types = await requestTypesOfDesks();
      if (!runs('requests')) {
        await seedUpTo(report, db, { from: 0, count: 100_000, types, now });
      }
      await benchReports(report, client, { db, types, now });
    }
  } finally {
    await client.stop();
    await server.stop();
  }
  if (runs('sweep')) await benchSweep(report, postgres, now);
  if (runs('businessTime')) await benchBusinessTimeWorst(report);
  report.set('benchSeconds', (performance.now() - began) / 1000);
  report.line(`bench finished in ${report.get('benchSeconds')?.toFixed(0)} s`);
  report.finish();
}

// The catalog leaves timers behind after stopping; the figures are printed.
main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
