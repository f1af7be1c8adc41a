import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import {
  alice,
  carol,
  bob,
  platformDesk,
  platformTeam,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { DeskReadCache } from './DeskReadCache';
import { DeskStore } from './DeskStore';
import { DutyRecordStore } from './DutyRecordStore';
import { applyDatabaseMigrations } from './migrations';

jest.setTimeout(60_000);

const now = DateTime.fromISO('2026-03-02T10:00:00+01:00');
const vacation = {
  kind: 'replace' as const,
  userRef: bob,
  replacementRef: carol,
  start: '2026-03-02T00:00:00+01:00',
  end: '2026-03-03T00:00:00+01:00',
};

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Awaited<ReturnType<typeof databases.init>>;
  let readCache: DeskReadCache;
  let store: DeskStore;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const cache = CacheManager.fromConfig(
      mockServices.rootConfig({ data: {} }),
    ).forPlugin('zooport');
    readCache = new DeskReadCache(cache, 60);
    store = new DeskStore(knex, readCache);
    await store.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk()),
      updatedBy: alice,
      now,
    });
  });

  const lookUp = () => store.getDeskForOnDuty(platformTeam, now, now);

  it('answers from the cache until the desk is written again', async () => {
    expect((await lookUp())?.overrides).toEqual([]);
    // Behind the store's back: the cache still answers.
    await knex('desks').where({ team_ref: platformTeam }).delete();
    expect((await lookUp())?.desk.teamRef).toBe(platformTeam);
    // A question about the past reads the database.
    expect(
      await store.getDeskForOnDuty(platformTeam, now.minus({ hours: 1 }), now),
    ).toBeUndefined();
  });

  it('never keeps what a read that overlapped a write found', async () => {
    expect((await lookUp())?.overrides).toEqual([]);

    // A read starts: it takes the generation and reads the database ...
    const generation = await readCache.generation(platformTeam);
    const before = await store.getDeskWithOverrides(platformTeam, now);
    // ... a write commits meanwhile ...
    await store.addOverride(platformTeam, vacation, alice, now);
    // ... and the read files what it found after the write.
    await readCache.set('desk', platformTeam, generation, before!);

    expect((await lookUp())?.overrides).toMatchObject([
      { userRef: bob, replacementRef: carol },
    ]);
  });

  describe('the running record of duty', () => {
    let records: DutyRecordStore;
    /** What the record is at the present, as a lookup of now sees it. */
    const running = async () => {
      const record = await records.running(platformTeam);
      return {
        from: record?.coverage.from.toMillis(),
        shiftStart: record?.shift?.start,
      };
    };
    /** Behind the stores' backs: only a read of the database sees it. */
    const movedStart = now.minus({ days: 1 });
    const moveRecordStartBehindTheBack = () =>
      knex('duty_records')
        .where({ team_ref: platformTeam })
        .update({ recorded_from: movedStart.toUTC().toISO()! });

    beforeEach(async () => {
      records = new DutyRecordStore(knex, readCache);
      await records.begin(platformTeam, now);
      await records.recordFrom(platformTeam, now, now.plus({ minutes: 1 }));
    });

    it('answers from the cache until a run opens or closes a shift or a stretch', async () => {
      const before = await running();
      expect(before.shiftStart).toBe(now.toUTC().toISO());
      await moveRecordStartBehindTheBack();
      // Recording on with the same people changes nothing that runs.
      await records.recordFrom(
        platformTeam,
        now.plus({ minutes: 1 }),
        now.plus({ hours: 1 }),
      );
      expect(await running()).toEqual(before);

      // The handoff of Wednesday 09:00 opens the next shift.
      const wednesday = DateTime.fromISO('2026-03-04T10:00:00+01:00');
      await records.recordFrom(platformTeam, now.plus({ hours: 1 }), wednesday);
      expect(await running()).toEqual({
        from: movedStart.toMillis(),
        shiftStart: '2026-03-04T08:00:00.000Z',
      });
    });

    it('reads the database again after a write of the desk or its overrides', async () => {
      const before = await running();
      await moveRecordStartBehindTheBack();
      expect(await running()).toEqual(before);
      await store.addOverride(platformTeam, vacation, alice, now);
      expect((await running()).from).toBe(movedStart.toMillis());
    });
  });
});
