import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SupportRequest } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { recordingNotifications } from '../../__testUtils__/testBackend';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../../database/migrations';
import { createZooportServices } from '../../wiring';
import { seedDesks } from '../seeds';
import { pendingHistory, seedRequestHistory } from './seedRequestHistory';

jest.setTimeout(300_000);

const weekdays = [1, 2, 3, 4, 5].map(day => ({
  day,
  start: '09:00',
  end: '17:00',
}));
const deskOf = (
  team: string,
  people: string[],
  changes: { start?: string; supportDays?: number[] } = {},
) => ({
  team: `group:default/${team}`,
  animal: { name: team },
  hours: {
    timeZone: 'Europe/Berlin',
    weekly: weekdays,
    holidays: [],
    ...(changes.supportDays && { supportDays: changes.supportDays }),
  },
  rotation: {
    timeZone: 'Europe/Berlin',
    handoff: { day: 1, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    start: changes.start ?? '2026-01-05',
    participants: people.map(name => ({
      userRef: `user:default/${name}`,
      capabilities: [],
    })),
  },
});

type ConfigData = NonNullable<
  Parameters<typeof mockServices.rootConfig>[0]
>['data'];

/** The services of a backend with this configuration, the history seeded. */
async function seeded(knex: Knex, zooport: ConfigData, now: DateTime) {
  await applyDatabaseMigrations(knex);
  const config = mockServices.rootConfig({ data: { zooport } });
  const logger = mockServices.logger.mock();
  const services = createZooportServices({
    knex,
    config,
    logger,
    catalog: catalogServiceMock({ entities: [] }),
    auth: mockServices.auth(),
    notifications: recordingNotifications().service,
    now: () => now,
  });
  const history = await pendingHistory({
    config,
    logger,
    now,
    requestStore: services.history.requestStore,
  });
  await seedDesks({
    config,
    logger,
    now,
    store: services.deskStore,
    historyStart: history?.start,
  });
  const seeding = {
    logger,
    now,
    services: { ...services, ...services.history },
    history,
  };
  const filed = await seedRequestHistory(seeding);
  return { services, seeding, filed };
}

describe('seedRequestHistory', () => {
  const databases = createTestDatabases();
  afterEach(unpinNow);

  it.each(databases.eachSupportedId())(
    'on %p files past requests at each desk, once',
    async databaseId => {
      const now = pinNow('2026-06-10T10:00:00Z');
      const knex = await databases.init(databaseId);
      const { services, seeding, filed } = await seeded(
        knex,
        {
          seedDesks: [
            deskOf('platform-software', ['amara.okafor', 'mei.chen']),
            deskOf('test-engineering', ['lucia.fernandez', 'marek.kowalski']),
          ],
          seedRequestHistory: { weeks: 4 },
        },
        now,
      );

      const rows = await knex('requests').select();
      expect(filed).toBeGreaterThanOrEqual(2 * 4 * 6);
      for (const team of ['platform-software', 'test-engineering']) {
        const teamRef = `group:default/${team}`;
        const { items } = await services.requests.list(
          { teamRefs: [teamRef] },
          { limit: 200 },
          now,
        );
        expect(items.length).toBeGreaterThan(10);
        const members = (
          await services.desks.getDesk(teamRef)
        ).rotation!.participants.map(p => p.userRef);
        for (const request of items) {
          const filedAt = DateTime.fromISO(request.createdAt);
          expect(filedAt < now).toBe(true);
          expect(filedAt > now.minus({ weeks: 4 })).toBe(true);
          expect(members).not.toContain(request.requesterRef);
          const { onDuty } = await services.desks.onDuty(teamRef, filedAt);
          expect(onDuty.map(m => m.userRef)).toContain(request.assigneeRef);
        }
        const open = items.filter(
          r => r.status !== 'resolved' && r.status !== 'closed',
        );
        expect(open.length).toBeGreaterThan(0);
        expect(open.length).toBeLessThan(items.length / 2);
        const categories = new Set(
          items.map(r => r.resolution?.category).filter(Boolean),
        );
        expect(categories.size).toBeGreaterThanOrEqual(3);
      }

      expect(await seedRequestHistory(seeding)).toBe(0);
      expect((await knex('requests').select('id')).length).toBe(rows.length);
    },
  );

  it.each(databases.eachSupportedId())(
    'on %p writes a desk configured later as of now, with no history, once requests are stored',
    async databaseId => {
      const firstStart = pinNow('2026-06-10T10:00:00Z');
      const knex = await databases.init(databaseId);
      const platform = deskOf('platform-software', [
        'amara.okafor',
        'mei.chen',
      ]);
      const sysops = deskOf('system-operators', ['kenji.tanaka']);
      await seeded(
        knex,
        { seedDesks: [platform, sysops], seedRequestHistory: { weeks: 4 } },
        firstStart,
      );
      const stored = (await knex('requests').select('id')).length;
      expect(stored).toBeGreaterThan(0);

      const restart = pinNow('2026-07-01T10:00:00Z');
      const later = deskOf('test-engineering', ['lucia.fernandez']);
      const { services, filed } = await seeded(
        knex,
        {
          seedDesks: [platform, sysops, later],
          seedRequestHistory: { weeks: 4 },
        },
        restart,
      );

      expect(filed).toBe(0);
      expect((await knex('requests').select('id')).length).toBe(stored);
      const desk = await services.desks.getDesk(later.team);
      expect(desk.updatedAt).toBe(restart.toUTC().toISO());
      expect(desk.rotation!.start).toBe(later.rotation.start);
      const platformDesk = await services.desks.getDesk(platform.team);
      expect(DateTime.fromISO(platformDesk.updatedAt!) < firstStart).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'on %p has the rotations and the record of shifts begin before the history, and a few breaches',
    async databaseId => {
      // A Wednesday; the rotations are configured to start this Monday.
      const now = pinNow('2026-06-10T10:00:00Z');
      const thisMonday = '2026-06-08';
      const knex = await databases.init(databaseId);
      const teams = {
        'platform-software': ['amara.okafor', 'mei.chen', 'tom.baker'],
        'system-operators': ['kenji.tanaka', 'sara.nilsson'],
        'database-administrators': ['hannah.schmidt', 'omar.haddad'],
        'test-engineering': ['lucia.fernandez', 'marek.kowalski'],
      };
      const { services } = await seeded(
        knex,
        {
          seedDesks: Object.entries(teams).map(([team, people]) =>
            deskOf(team, people, {
              start: thisMonday,
              supportDays: team === 'test-engineering' ? [1, 2, 3] : undefined,
            }),
          ),
          seedRequestHistory: { weeks: 12 },
        },
        now,
      );
      await services.tasks.dutyRecorder.run(now);

      const requests: SupportRequest[] = [];
      for (const team of Object.keys(teams)) {
        const { items } = await services.requests.list(
          { teamRefs: [`group:default/${team}`] },
          { limit: 1000 },
          now,
        );
        requests.push(...items);
      }
      const filedAt = (request: SupportRequest) =>
        DateTime.fromISO(request.createdAt).setZone('Europe/Berlin');
      expect(requests.length).toBeGreaterThan(400);
      expect(requests.length).toBeLessThan(700);

      const breached = requests.filter(
        r =>
          r.sla.firstResponse.state === 'breached' ||
          r.sla.resolution.state === 'breached',
      );
      expect(breached.length / requests.length).toBeGreaterThanOrEqual(0.08);
      expect(breached.length / requests.length).toBeLessThanOrEqual(0.15);

      const earliest = DateTime.min(...requests.map(filedAt))!;
      expect(earliest < now.minus({ weeks: 11 })).toBe(true);
      for (const request of requests) {
        const at = filedAt(request);
        const { shift } = await services.desks.lookUpOnDuty(
          request.teamRef,
          at,
          now,
        );
        expect(shift).not.toBeNull();
        expect(DateTime.fromISO(shift!.start) <= at).toBe(true);
        expect(at < DateTime.fromISO(shift!.end)).toBe(true);
        const record = await services.history.dutyRecords.span(
          request.teamRef,
          at,
          at,
        );
        expect(record!.coverage.from <= at).toBe(true);
      }

      // Afternoons are the peak, weekends quiet, some teams busier.
      const countBy = (key: (request: SupportRequest) => string) => {
        const counts = new Map<string, number>();
        for (const request of requests) {
          counts.set(key(request), (counts.get(key(request)) ?? 0) + 1);
        }
        return counts;
      };
      const byHour = countBy(r => String(filedAt(r).hour));
      const peak = [...byHour].sort((a, b) => b[1] - a[1])[0][0];
      expect(Number(peak)).toBeGreaterThanOrEqual(13);
      const weekend = requests.filter(r => filedAt(r).weekday > 5);
      expect(weekend.length).toBeGreaterThan(0);
      expect(weekend.length / requests.length).toBeLessThan(0.06);
      const byTeam = countBy(r => r.teamRef);
      expect(byTeam.get('group:default/platform-software')).toBeGreaterThan(
        2 * byTeam.get('group:default/test-engineering')!,
      );
      const weekly = [...countBy(r => filedAt(r).toISOWeekDate()!.slice(0, 8))]
        .map(([, count]) => count)
        .slice(1, -1)
        .sort((a, b) => a - b);
      const median = weekly[Math.floor(weekly.length / 2)];
      expect(weekly[weekly.length - 1]).toBeGreaterThan(1.4 * median);
    },
  );
});
