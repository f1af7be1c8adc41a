import { RequestPage, RequestType } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { Client } from './client';
import { Report } from './report';
import { DeskTypes, seedRequests } from './requestSeed';
import { deskRef, getJson, REQUEST_DESKS } from './server';
import {
  latencyFigures,
  percentile,
  randomNumbers,
  timed,
  words,
} from './stats';
import { CATALOG_PATH } from './zoo';

const INTAKE_ROUNDS = 5;
const INTAKE_PER_ROUND = 100;
const LIST_RUNS = 40;

const deskPath = (i: number) =>
  deskRef(i).replace('group:', '').replace(':', '/');

/** The request types of the desks that take requests (made on first read). */
export async function requestTypesOfDesks(): Promise<DeskTypes> {
  const types: DeskTypes = [];
  for (let i = 0; i < REQUEST_DESKS; i++) {
    const { items } = await getJson<{ items: RequestType[] }>(
      `/zooport/desks/${deskPath(i)}/request-types`,
    );
    types.push(items);
  }
  return types;
}

/**
 * `POST /requests` as the bench's user, in rounds that alternate with the
 * catalog's by-name lookup, as the lookups compare.
 */
export async function benchIntake(
  report: Report,
  client: Client,
  types: DeskTypes,
  userToken: string,
) {
  const random = randomNumbers(23);
  let intakeSeconds = 0;
  let catalogSeconds = 0;
  await client.throughput(CATALOG_PATH, 100);
  for (let round = 0; round < INTAKE_ROUNDS; round++) {
    const bodies = Array.from({ length: INTAKE_PER_ROUND }, () => {
      const desk = Math.floor(random() * REQUEST_DESKS);
      return {
        teamRef: deskRef(desk),
        typeId: types[desk][0].id,
        title: words(random, 6),
        description: words(random, 40),
      };
    });
    const intake = await client.posts('/zooport/requests', bodies, userToken);
    intakeSeconds += INTAKE_PER_ROUND / intake;
    const catalog = await client.throughput(CATALOG_PATH, INTAKE_PER_ROUND);
    catalogSeconds += INTAKE_PER_ROUND / catalog;
  }
  const intake = (INTAKE_ROUNDS * INTAKE_PER_ROUND) / intakeSeconds;
  const catalog = (INTAKE_ROUNDS * INTAKE_PER_ROUND) / catalogSeconds;
  report.set('intakePerSecond', intake);
  report.set('intakeVsCatalog', intake / catalog);
  const floor = report.get('floorPerSecond');
  if (floor) report.set('intakeVsFloor', intake / floor);
  report.line(
    `POST /requests: ${Math.round(
      intake,
    )} requests/s, catalog by-name in the same rounds ${Math.round(
      catalog,
    )} requests/s (ratio ${(intake / catalog).toFixed(2)}${
      floor ? `; ${(intake / floor).toFixed(2)} of the floor` : ''
    })`,
  );
}

/** The list cases: a label and the paths of its runs. */
async function listCases(): Promise<[string, string[]][]> {
  const repeat = (path: string) => Array(LIST_RUNS).fill(path);
  const page = '/zooport/requests?limit=50';
  const first = await getJson<RequestPage>(`${page}&status=open`);
  const random = randomNumbers(31);
  return [
    ['all open', repeat(`${page}&status=open`)],
    [
      "one desk's queue",
      Array.from(
        { length: LIST_RUNS },
        (_, i) =>
          `${page}&status=open&desk=${encodeURIComponent(deskRef(i % 10))}`,
      ),
    ],
    [
      'assignee',
      Array.from(
        { length: LIST_RUNS },
        (_, i) =>
          `${page}&status=open&assignee=${encodeURIComponent(
            `user:default/a-${i % 10}`,
          )}`,
      ),
    ],
    [
      'text search',
      Array.from(
        { length: LIST_RUNS },
        () => `${page}&text=${encodeURIComponent(words(random, 1))}`,
      ),
    ],
    ['breached only', repeat(`${page}&status=open&breached=true`)],
    [
      'second page by cursor',
      repeat(
        `${page}&status=open&cursor=${encodeURIComponent(first.nextCursor!)}`,
      ),
    ],
  ];
}

/** `GET /requests` pages of 50 and a desk's figures, with `count` stored. */
export async function benchLists(
  report: Report,
  client: Client,
  count: number,
) {
  const size = `${count / 1000}k`;
  const list95: number[] = [];
  for (const [label, paths] of await listCases()) {
    for (const path of paths.slice(0, 5)) await client.latencies(path, 1);
    const times: number[] = [];
    for (const path of paths) {
      times.push((await client.latencies(path, 1)).total[0]);
    }
    times.sort((a, b) => a - b);
    list95.push(percentile(times, 95));
    report.line(
      `GET /requests, ${label}, with ${size} requests: ${latencyFigures(
        times,
      )}`,
    );
  }
  const worst = Math.max(...list95);
  report.set(count === 100_000 ? 'listP95Ms' : `listP95Ms${size}`, worst);

  for (const days of [30, 365]) {
    const path = `/zooport/desks/${deskPath(0)}/figures?days=${days}`;
    await client.latencies(path, 1);
    const { total } = await client.latencies(path, 5);
    const key = `figures${days}Ms${count === 100_000 ? '' : size}`;
    report.set(key, percentile(total, 50));
    report.line(
      `GET /desks/…/figures?days=${days} of the busiest desk, with ${size} requests: ${latencyFigures(
        total,
      )}`,
    );
  }
}

/** Seeds requests up to `count` in all, reporting the time it took. */
export async function seedUpTo(
  report: Report,
  db: Knex,
  options: { from: number; count: number; types: DeskTypes; now: DateTime },
) {
  const added = options.count - options.from;
  const ms = await timed(() =>
    seedRequests(db, {
      count: added,
      seed: options.count,
      types: options.types,
      now: options.now,
    }),
  );
  report.set(`seed${options.count / 1000}kMs`, ms);
  report.line(
    `seeded ${added} requests (${options.count} in all) in ${(
      ms / 1000
    ).toFixed(1)} s`,
  );
}
