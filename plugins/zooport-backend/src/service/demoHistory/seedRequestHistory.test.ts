import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DateTime } from 'luxon';
import { recordingNotifications } from '../../__testUtils__/testBackend';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../../database/migrations';
import { createZooportServices } from '../../wiring';
import { seedDesks } from '../seeds';
import { seedRequestHistory } from './seedRequestHistory';

jest.setTimeout(120_000);

const weekdays = [1, 2, 3, 4, 5].map(day => ({
  day,
  start: '09:00',
  end: '17:00',
}));
const deskOf = (team: string, people: string[]) => ({
  team: `group:default/${team}`,
  animal: { name: team },
  hours: { timeZone: 'Europe/Berlin', weekly: weekdays, holidays: [] },
  rotation: {
    timeZone: 'Europe/Berlin',
    handoff: { day: 1, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    start: '2026-01-05',
    participants: people.map(name => ({
      userRef: `user:default/${name}`,
      capabilities: [],
    })),
  },
});

describe('seedRequestHistory', () => {
  const databases = createTestDatabases();
  afterEach(unpinNow);

  it.each(databases.eachSupportedId())(
    'on %p files past requests at each desk, once',
    async databaseId => {
      const now = pinNow('2026-06-10T10:00:00Z');
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const config = mockServices.rootConfig({
        data: {
          zooport: {
            seedDesks: [
              deskOf('platform-software', ['amara.okafor', 'mei.chen']),
              deskOf('test-engineering', ['lucia.fernandez', 'marek.kowalski']),
            ],
            seedRequestHistory: { weeks: 4 },
          },
        },
      });
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
      await seedDesks({ config, logger, now, store: services.deskStore });
      const seeding = {
        config,
        logger,
        now,
        services: { ...services, ...services.history },
      };

      const started = Date.now();
      const filed = await seedRequestHistory(seeding);
      process.stdout.write(
        `seeded ${databaseId} in ${Date.now() - started} ms\n`,
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
});
