import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { Client } from './client';
import { Report } from './report';
import { deskRef, DESKS } from './server';
import {
  latencyFigures,
  percentile,
  randomNumbers,
  settle,
  timed,
  words,
} from './stats';

const ENTRIES = 20_000;

/** Writes entries straight into the plugin's tables: the API wants a person. */
async function seedEntries(db: Knex, at: string) {
  const random = randomNumbers(7);
  const rows = Array.from({ length: ENTRIES }, (_, i) => {
    const body = words(random, 80);
    return {
      id: randomUUID(),
      team_ref: deskRef(i % DESKS),
      kind: i % 5 === 0 ? 'playbook' : 'faq',
      title: `How do I ${words(random, 5)}?`,
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

/** Knowledge-base search and suggestions over 20,000 entries. */
export async function benchSearch(
  report: Report,
  db: Knex,
  client: Client,
  at: string,
) {
  const seeding = await timed(() => seedEntries(db, at));
  await settle(db, 'kb_entries');
  report.line(
    `seeded ${ENTRIES} knowledge-base entries in ${(seeding / 1000).toFixed(
      1,
    )} s`,
  );
  const random = randomNumbers(11);
  const queries = Array.from({ length: 100 }, (_, i) =>
    words(random, 1 + (i % 3)),
  );
  const cases = [
    ['GET /entries/search', 'searchP95Ms', 'entries/search'],
    ['GET /suggest', 'suggestP95Ms', 'suggest'],
  ] as const;
  for (const [label, key, route] of cases) {
    const path = (q: string) => `/zooport/${route}?q=${encodeURIComponent(q)}`;
    for (const q of queries.slice(0, 10)) await client.latencies(path(q), 1);
    const times: number[] = [];
    for (const q of queries) {
      const { total } = await client.latencies(path(q), 1);
      times.push(total[0]);
    }
    times.sort((a, b) => a - b);
    report.set(key, percentile(times, 95));
    report.line(
      `${label} over ${ENTRIES} entries (1–3 words): end to end ${latencyFigures(
        times,
      )}`,
    );
  }
}
