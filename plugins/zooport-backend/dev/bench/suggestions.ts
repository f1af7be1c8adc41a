import { LoggerService } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { Suggestions } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EntryStore } from '../../src/database/EntryStore';
import { seedEntries } from '../../src/service/seeds';
import { Report } from './report';
import { getJson } from './server';

/** How many suggestions people read: the top three. */
const TOP = 3;

const examples = join(__dirname, '..', '..', '..', '..', 'examples');
const readYaml = (file: string) =>
  parse(readFileSync(join(examples, file), 'utf8'));

/** Seeding's complaints, if any, on the bench's output. */
const logger = {
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
  info: () => {},
  debug: () => {},
  child: () => logger,
} as unknown as LoggerService;

/**
 * How good the suggestions are on the labelled set (examples/
 * suggestions.yaml) over the demo knowledge base: of the entries offered in
 * the top three, the share that answer the question (precision); of the
 * answers, the share offered (recall); of the questions nothing answers,
 * the share offered nothing.
 */
export async function benchSuggestionQuality(
  report: Report,
  db: Knex,
  now: DateTime,
) {
  await seedEntries({
    config: new ConfigReader({
      zooport: { seedEntries: readYaml('knowledge.yaml') },
    }),
    logger,
    now,
    entries: new EntryStore(db),
  });
  const set: { question: string; expected: string[] }[] =
    readYaml('suggestions.yaml');
  let offered = 0;
  let relevant = 0;
  let answers = 0;
  let found = 0;
  let unanswerable = 0;
  let quiet = 0;
  for (const { question, expected } of set) {
    const { entries } = await getJson<Suggestions>(
      `/zooport/suggest?q=${encodeURIComponent(question)}`,
    );
    const top = entries.slice(0, TOP).map(hit => hit.entry.title);
    offered += top.length;
    relevant += top.filter(title => expected.includes(title)).length;
    answers += expected.length;
    found += expected.filter(title => top.includes(title)).length;
    if (expected.length === 0) {
      unanswerable += 1;
      quiet += top.length === 0 ? 1 : 0;
    }
    const wrong = top.filter(title => !expected.includes(title));
    const missed = expected.filter(title => !top.includes(title));
    if (wrong.length || missed.length) {
      report.line(
        `  "${question}": offered ${JSON.stringify(wrong)} wrongly${
          missed.length ? `, missed ${JSON.stringify(missed)}` : ''
        }`,
      );
    }
  }
  const precision = offered ? relevant / offered : 1;
  const recall = answers ? found / answers : 1;
  report.set('suggestPrecisionAt3', precision);
  report.set('suggestRecallAt3', recall);
  report.line(
    `suggestions on ${
      set.length
    } labelled questions, top ${TOP}: precision ${precision.toFixed(
      2,
    )}, recall ${recall.toFixed(
      2,
    )}, ${quiet} of ${unanswerable} unanswerable ones offered nothing`,
  );
}
