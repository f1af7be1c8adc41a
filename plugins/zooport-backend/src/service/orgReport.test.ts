import {
  Desk,
  orgReportRow,
  ReportBucket,
  requestStatuses,
  resolutionCategories,
  StoredRequest,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DutyRecordStore } from '../database/DutyRecordStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { RangeTallyStore } from '../database/RangeTallyStore';
import { RequestStore, toRow } from '../database/RequestStore';
import { DeskService } from './DeskService';
import { seededRandom, between, chance, Random } from './demoHistory/random';
import { ReportService } from './ReportService';

jest.setTimeout(120_000);

const now = DateTime.fromISO('2026-06-15T12:00:00Z');

/** Desks in two zones, one of which moves its clocks on 29 March. */
const desks = [
  { teamRef: 'group:default/berlin-a', zone: 'Europe/Berlin' },
  { teamRef: 'group:default/berlin-b', zone: 'Europe/Berlin' },
  { teamRef: 'group:default/kolkata', zone: 'Asia/Kolkata' },
  { teamRef: 'group:default/quiet', zone: 'Asia/Kolkata' },
].map(
  ({ teamRef, zone }) =>
    ({
      teamRef,
      hours: { timeZone: zone },
      rotation: null,
    } as unknown as Desk),
);

const iso = (at: DateTime) => at.toUTC().toISO()!;

/** Each desk's one request type: the id is derived from the desk's name. */
const typeIdOf = (teamRef: string) => `type-${teamRef.split('/')[1]}`;

/** An instant `minutes` after `from`, or null when that is after now. */
function after(from: DateTime, minutes: number): DateTime | null {
  const at = from.plus({ minutes });
  return at < now ? at : null;
}

/** A request with a random but consistent history, filed since October. */
function randomRequest(random: Random, teamRef: string): StoredRequest {
  const start = DateTime.fromISO('2025-10-01T00:00:00Z');
  const created = chance(random, 0.05)
    ? // Exactly at a Berlin midnight: a bucket's first instant.
      DateTime.fromISO('2026-03-29T00:00:00', { zone: 'Europe/Berlin' })
    : start.plus({ minutes: between(random, 0, 370 * 24 * 60) });
  const createdAt = created < now ? created : now.minus({ minutes: 1 });
  const status = requestStatuses[between(random, 0, 5)];
  const finished = status === 'resolved' || status === 'closed';
  const responded = chance(random, 0.8)
    ? after(createdAt, between(random, 0, 600))
    : null;
  const resolvedAt =
    finished || chance(random, 0.1)
      ? after(createdAt, between(random, 1, 60 * 24 * 20))
      : null;
  const closedAt =
    status === 'closed' && (resolvedAt === null || chance(random, 0.5))
      ? after(resolvedAt ?? createdAt, between(random, 1, 60 * 24 * 3))
      : null;
  const due = (minutes: number) =>
    chance(random, 0.15)
      ? null
      : iso(createdAt.plus({ minutes: between(random, 1, minutes) }));
  return {
    id: randomUUID(),
    teamRef,
    typeId: typeIdOf(teamRef),
    typeName: chance(random, 0.5) ? 'Question' : 'Bug',
    title: 'A request',
    description: '',
    impact: 'medium',
    urgency: 'medium',
    priority: 'medium',
    fields: {},
    entityRef: null,
    requesterRef: 'user:default/dave',
    assigneeRef: null,
    status:
      finished && resolvedAt === null && closedAt === null ? 'new' : status,
    approval: null,
    resolution:
      resolvedAt && chance(random, 0.9)
        ? {
            category: resolutionCategories[between(random, 0, 9)],
            minutesSpent: between(random, 0, 120),
          }
        : null,
    escalations: 0,
    linkedRequestIds: [],
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt),
    firstRespondedAt: responded && iso(responded),
    resolvedAt: resolvedAt && iso(resolvedAt),
    closedAt: closedAt && iso(closedAt),
    idempotencyKey: null,
    slaTarget: {
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
      clock: 'business',
    },
    resolutionPauses: [],
    firstResponse: {
      warnAt: null,
      // Now and then answered at the very deadline: that is still in time.
      dueAt: responded && chance(random, 0.1) ? iso(responded) : due(600),
    },
    resolutionMilestones: { warnAt: null, dueAt: due(60 * 24 * 10) },
    firstResponseMinutes: responded ? between(random, 0, 300) : null,
    revision: 1,
  };
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();

  it('counts in the database what the report maths count from the requests', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    await knex('request_types').insert(
      desks.map(({ teamRef }, position) => ({
        id: typeIdOf(teamRef),
        team_ref: teamRef,
        name: 'Question',
        spec: '{}',
        position,
        revision: 1,
        updated_by: 'user:default/dave',
        updated_at: iso(now),
      })),
    );
    const random = seededRandom('org report');
    // The quiet desk has no requests.
    const rows = desks
      .slice(0, 3)
      .flatMap(desk =>
        Array.from({ length: 150 }, () =>
          toRow(randomRequest(random, desk.teamRef)),
        ),
      );
    await knex.batchInsert('requests', rows, 100);
    const reports = new ReportService({
      requests: new RequestStore(knex),
      desks: { listDesks: async () => desks } as unknown as DeskService,
      dutyRecords: new DutyRecordStore(knex),
      tallies: new RangeTallyStore(knex),
    });

    const ranges: [string, string, ReportBucket][] = [
      ['2026-01-01', '2026-06-15', 'day'],
      ['2026-03-01', '2026-04-30', 'week'],
      ['2025-11-01', '2026-06-15', 'month'],
      ['2026-06-01', '2026-07-31', 'week'],
    ];
    for (const [from, to, bucket] of ranges) {
      const range = { from, to, bucket };
      const counted = await reports.orgReport(range, now);
      const read = await reports.orgRequests(range);
      expect(counted.desks).toHaveLength(desks.length);
      const expected = read.map(({ desk, requests }) =>
        orgReportRow({ desk, range, requests, now }),
      );
      expect(counted.desks).toEqual(expected);
      // The data set exercises what it should.
      const totals = counted.desks.map(row => row.totals);
      expect(totals.some(t => t.breaches > 0 && t.openAtEnd > 0)).toBe(true);
    }
  });
});
