import {
  firstResponseAt,
  firstResponseMilestones,
  RequestPriority,
  RequestStatus,
  RequestType,
  resolutionCategories,
  resolutionMilestones,
  SlaMilestones,
  SlaSettings,
  StoredRequest,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { toRow } from '../../src/database/RequestStore';
import { toStoredInstant } from '../../src/database/util';
import { levelsOfPriority } from '../../src/service/RequestService';
import { deskRef, hoursOf, REQUEST_DESKS } from './server';
import { pick, randomNumbers, settle, words } from './stats';

/** The request types of each desk that takes requests, by desk index. */
export type DeskTypes = RequestType[][];

const REQUESTERS = 2_000;
const BATCH = 500;

/** Picks by weight: [value, weight][] */
function weighted<T>(random: () => number, choices: [T, number][]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  return choices[choices.length - 1][0];
}

/**
 * Where a request filed `ageDays` ago stands now: recent ones are mostly
 * open, old ones mostly resolved or closed, a few forgotten.
 */
function statusOf(
  random: () => number,
  ageDays: number,
  allOpen: boolean,
): RequestStatus {
  if (allOpen) {
    return weighted<RequestStatus>(random, [
      ['new', 40],
      ['acknowledged', 20],
      ['in_progress', 30],
      ['waiting_for_requester', 10],
    ]);
  }
  if (ageDays < 3) {
    return weighted<RequestStatus>(random, [
      ['new', 30],
      ['acknowledged', 15],
      ['in_progress', 30],
      ['waiting_for_requester', 10],
      ['resolved', 15],
    ]);
  }
  return weighted<RequestStatus>(random, [
    ['new', 1],
    ['in_progress', 4],
    ['waiting_for_requester', 2],
    ['resolved', 18],
    ['closed', 75],
  ]);
}

/** `from` plus `share` of the time up to `to`. */
function between(from: DateTime, to: string | null, share: number) {
  const end = to ? DateTime.fromISO(to) : from.plus({ days: 1 });
  return from.plus({ milliseconds: share * end.diff(from).toMillis() });
}

const marked = (at: string | null, by: DateTime) =>
  at !== null && DateTime.fromISO(at) <= by ? at : null;

interface SeededRequest {
  row: ReturnType<typeof toRow> & Record<string, string | number | null>;
  events: Record<string, string | boolean | null>[];
}

/**
 * One request as the API would have stored it, filed at a random instant
 * of the past year and taken as far as its status says, with the sweep's
 * marks on every milestone passed before it stopped.
 */
function seededRequest(
  random: () => number,
  types: DeskTypes,
  now: DateTime,
  settings: SlaSettings[],
  allOpen: boolean,
): SeededRequest {
  const desk = Math.floor(REQUEST_DESKS * random() ** 1.3);
  const type = weighted(
    random,
    types[desk].map(
      (t, i) => [t, [50, 20, 20, 10][i] ?? 5] as [RequestType, number],
    ),
  );
  const priority = weighted<RequestPriority>(random, [
    ['low', 25],
    ['medium', 45],
    ['high', 20],
    ['urgent', 10],
  ]);
  const created = now.minus({ minutes: Math.floor(random() * 525_600) });
  const createdAt = toStoredInstant(created);
  const ageDays = now.diff(created).as('days');
  const status = statusOf(random, ageDays, allOpen);
  const slaTarget = type.sla[priority];
  const sla = settings[desk];
  const firstResponse = firstResponseMilestones({ slaTarget, createdAt }, sla);
  let resolution: SlaMilestones = resolutionMilestones(
    { slaTarget, createdAt, resolutionPauses: [] },
    sla,
  );
  const answered = status !== 'new' || random() < 0.1;
  const respondedAt = answered
    ? DateTime.min(now, between(created, firstResponse.dueAt, random() * 1.3))
    : null;
  const finished = status === 'resolved' || status === 'closed';
  const resolvedAt =
    finished && random() < 0.95
      ? DateTime.min(
          now,
          between(respondedAt ?? created, resolution.dueAt, random() * 1.3),
        )
      : null;
  const closedAt =
    status === 'closed'
      ? DateTime.min(now, (resolvedAt ?? created).plus({ days: 3 }))
      : null;
  const resolutionPauses =
    status === 'waiting_for_requester'
      ? [
          {
            start: toStoredInstant(respondedAt ?? created),
            end: null,
            before: resolution,
          },
        ]
      : [];
  if (resolutionPauses.length) resolution = { warnAt: null, dueAt: null };
  const stop = (at: DateTime | null) => at ?? closedAt ?? now;
  const assigneeRef =
    random() < 0.05
      ? null
      : `user:default/${pick(random, ['a', 'b', 'c', 'd', 'e'])}-${desk}`;
  const requesterRef = `user:default/person-${Math.floor(
    random() * REQUESTERS,
  )}`;
  const id = randomUUID();
  const request: StoredRequest = {
    id,
    teamRef: deskRef(desk),
    typeId: type.id,
    typeName: type.name,
    title: words(random, 4 + Math.floor(random() * 5)),
    description: words(random, 20 + Math.floor(random() * 40)),
    ...levelsOfPriority[priority],
    priority,
    fields: {},
    entityRef: null,
    requesterRef,
    assigneeRef,
    status,
    approval: null,
    resolution: resolvedAt
      ? {
          category: pick(random, resolutionCategories),
          note: null,
          minutesSpent: Math.floor(random() * 120),
        }
      : null,
    escalations: random() < 0.03 ? 1 : 0,
    linkedRequestIds: [],
    idempotencyKey: null,
    slaTarget,
    resolutionPauses,
    createdAt,
    updatedAt: toStoredInstant(
      closedAt ?? resolvedAt ?? respondedAt ?? created,
    ),
    firstRespondedAt: respondedAt && toStoredInstant(respondedAt),
    resolvedAt: resolvedAt && toStoredInstant(resolvedAt),
    closedAt: closedAt && toStoredInstant(closedAt),
    firstResponse,
    resolutionMilestones: resolution,
    revision: 1,
  };
  if (respondedAt) {
    Object.assign(request, firstResponseAt(request, respondedAt, sla));
  }
  // All open: the sweep has not run yet, every passed milestone is due.
  const firstStop = allOpen ? created : stop(respondedAt);
  const resolutionStop = allOpen ? created : stop(resolvedAt);
  const row = {
    ...toRow(request),
    first_response_warned_at: marked(firstResponse.warnAt, firstStop),
    first_response_breached_at: marked(firstResponse.dueAt, firstStop),
    resolution_warned_at: marked(resolution.warnAt, resolutionStop),
    resolution_breached_at: marked(resolution.dueAt, resolutionStop),
  };
  const event = (kind: string, at: string, body: string | null = null) => ({
    request_id: id,
    kind,
    actor_ref: requesterRef,
    at,
    body,
    internal: false,
    details: '{}',
  });
  const events = [event('created', createdAt)];
  if (request.firstRespondedAt) {
    events.push(event('comment', request.firstRespondedAt, words(random, 12)));
  }
  return { row, events };
}

/**
 * Writes `count` requests and their history straight into the plugin's
 * tables, in batches, as the API would have stored them; the seed numbers
 * the sequence, so a second call adds different requests.
 */
export async function seedRequests(
  db: Knex,
  options: {
    count: number;
    seed: number;
    types: DeskTypes;
    now: DateTime;
    /** Only open requests, none of whose milestones was announced yet. */
    allOpen?: boolean;
  },
) {
  const random = randomNumbers(options.seed);
  const settings = Array.from({ length: REQUEST_DESKS }, (_, i) => ({
    hours: hoursOf(i),
    atRiskShare: 0.2,
  }));
  for (let done = 0; done < options.count; done += BATCH) {
    const batch = Array.from(
      { length: Math.min(BATCH, options.count - done) },
      () =>
        seededRequest(
          random,
          options.types,
          options.now,
          settings,
          options.allOpen ?? false,
        ),
    );
    await db.transaction(async trx => {
      await trx.batchInsert(
        'requests',
        batch.map(r => r.row),
        100,
      );
      await trx.batchInsert(
        'request_events',
        batch.flatMap(r => r.events),
        200,
      );
    });
  }
  await settle(db, 'requests');
  await settle(db, 'request_events');
}
