import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  platformTeam,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DutyRecordStore } from '../database/DutyRecordStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { DutyRecorder } from './DutyRecorder';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';

jest.setTimeout(60_000);

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
const stored = (iso: string) => berlin(iso).toUTC().toISO();
/** A Friday. The weekly shifts hand off on Wednesdays at 09:00. */
const now = berlin('2026-11-27T12:00');
/** When the desk was first saved, two weeks and a bit before. */
const created = berlin('2026-11-11T10:00');

function rotation(changes: Record<string, unknown>) {
  return { ...platformDesk().rotation, ...changes };
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
  });

  /** Another replica: its own services on the same database. */
  function replica() {
    return testServices(knex, { now });
  }

  async function save(
    services: ReturnType<typeof replica>,
    changes: Record<string, unknown>,
    at: DateTime,
  ) {
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(
        deskInputSchema,
        platformDesk({ rotation: rotation(changes) }),
      ),
      updatedBy: alice,
      now: at,
    });
  }

  const recordedRows = async () => ({
    shifts: await knex('duty_shifts').orderBy('starts_at'),
    stretches: await knex('duty_stretches').orderBy(['starts_at', 'user_ref']),
  });

  it('keeps the recorded shifts when the rotation is edited after the fact', async () => {
    const services = replica();
    // A pair; carol and alice took over on Wed 25 Nov.
    await save(services, { membersPerShift: 2 }, created);
    for (const at of [
      created.plus({ minutes: 1 }),
      berlin('2026-11-20T12:00'),
      now,
    ]) {
      await services.tasks.dutyRecorder.run(at);
    }
    const before = await recordedRows();

    // Fortnightly shifts from another first day would put the current
    // shift's start on Wed 18 Nov; the save keeps the pair on duty.
    const later = now.plus({ minutes: 5 });
    await save(
      services,
      {
        membersPerShift: 2,
        shiftLength: { unit: 'week', count: 2 },
        start: '2026-01-14',
      },
      now,
    );
    await services.tasks.dutyRecorder.run(later);

    expect(await recordedRows()).toEqual(before);
    const worked = await services.desks.onDuty(platformTeam, later);
    expect(worked.shift?.start).toBe('2026-11-18T09:00:00.000+01:00');
    const asked = await services.desks.lookUpOnDuty(platformTeam, later, later);
    expect(asked.shift?.start).toBe('2026-11-25T09:00:00.000+01:00');
    expect(asked.onDuty.map(m => m.userRef)).toEqual([carol, alice]);

    const lastWeek = await services.desks.lookUpOnDuty(
      platformTeam,
      berlin('2026-11-19T12:00'),
      later,
    );
    expect(lastWeek.shift).toEqual({
      start: '2026-11-18T09:00:00.000+01:00',
      end: '2026-11-25T09:00:00.000+01:00',
    });
    expect(lastWeek.onDuty).toEqual([
      { userRef: alice, role: 'primary', source: 'rotation' },
      { userRef: bob, role: 'secondary', source: 'rotation' },
    ]);
    expect(lastWeek.next?.onDuty.map(m => m.userRef)).toEqual([carol, alice]);

    const schedule = await services.desks.schedule(
      platformTeam,
      berlin('2026-11-16T00:00'),
      berlin('2026-12-10T00:00'),
    );
    expect(
      schedule.map(shift => [
        shift.start,
        shift.end,
        shift.segments.map(s => s.onDuty.map(m => m.userRef)),
      ]),
    ).toEqual([
      // The record began when the desk was saved.
      [
        '2026-11-11T10:00:00.000+01:00',
        '2026-11-18T09:00:00.000+01:00',
        [[bob, carol]],
      ],
      [
        '2026-11-18T09:00:00.000+01:00',
        '2026-11-25T09:00:00.000+01:00',
        [[alice, bob]],
      ],
      // Recorded until the last run, then as the edited rotation goes on.
      [
        '2026-11-25T09:00:00.000+01:00',
        '2026-12-02T09:00:00.000+01:00',
        [[carol, alice]],
      ],
      [
        '2026-12-02T09:00:00.000+01:00',
        '2026-12-16T09:00:00.000+01:00',
        [[bob, carol]],
      ],
    ]);
  });

  it('fills a stretch no replica recorded with what was in force then, once', async () => {
    const services = replica();
    await save(
      services,
      {
        participants: rotation({}).participants.slice(0, 2),
        observers: [carol],
      },
      created,
    );
    await services.tasks.dutyRecorder.run(created.plus({ minutes: 1 }));

    // While nothing records: an override comes and goes.
    const { id } = await services.desks.addOverride(
      platformTeam,
      {
        kind: 'replace',
        userRef: bob,
        replacementRef: dave,
        start: berlin('2026-11-19T10:00').toISO()!,
        end: berlin('2026-11-22T00:00').toISO()!,
      },
      alice,
      berlin('2026-11-19T10:00'),
    );
    await services.desks.deleteOverride(
      platformTeam,
      id,
      berlin('2026-11-20T10:00'),
    );

    // Two replicas come back at once.
    await Promise.all([
      services.tasks.dutyRecorder.run(now),
      replica().tasks.dutyRecorder.run(now),
    ]);

    const span = await new DutyRecordStore(knex).span(
      platformTeam,
      berlin('2026-11-18T09:00'),
      now,
    );
    expect(span?.coverage.until.toMillis()).toBe(now.toMillis());
    expect(
      span?.stretches.map(s => [s.userRef, s.role, s.source, s.start, s.end]),
    ).toEqual([
      [carol, 'observer', 'rotation', stored('2026-11-11T10:00'), null],
      [
        bob,
        'primary',
        'rotation',
        stored('2026-11-18T09:00'),
        stored('2026-11-19T10:00'),
      ],
      [
        dave,
        'primary',
        'override',
        stored('2026-11-19T10:00'),
        stored('2026-11-20T10:00'),
      ],
      [
        bob,
        'primary',
        'rotation',
        stored('2026-11-20T10:00'),
        stored('2026-11-25T09:00'),
      ],
      [alice, 'primary', 'rotation', stored('2026-11-25T09:00'), null],
    ]);
    expect(span?.shifts.map(s => [s.start, s.end])).toEqual([
      [stored('2026-11-18T09:00'), stored('2026-11-25T09:00')],
      [stored('2026-11-25T09:00'), null],
    ]);
  });

  it('keeps the support days and time zone of each past instant', async () => {
    const services = replica();
    const weekdaysInBerlin = {
      ...platformDesk().hours,
      supportDays: [1, 2, 3, 4, 5],
    };
    const saveHours = (hours: Record<string, unknown>, at: DateTime) =>
      services.desks.putDesk({
        teamRef: platformTeam,
        input: parseInput(deskInputSchema, platformDesk({ hours })),
        updatedBy: alice,
        now: at,
      });
    await saveHours(weekdaysInBerlin, created);
    await services.tasks.dutyRecorder.run(created.plus({ minutes: 1 }));
    // While nothing records, the desk moves to Auckland (12 hours ahead of
    // Berlin in November) and supports from Tuesday to Saturday there.
    await saveHours(
      {
        ...weekdaysInBerlin,
        timeZone: 'Pacific/Auckland',
        supportDays: [2, 3, 4, 5, 6],
      },
      berlin('2026-11-20T12:00'),
    );
    await services.tasks.dutyRecorder.run(now);

    const schedule = await services.desks.schedule(
      platformTeam,
      berlin('2026-11-12T00:00'),
      berlin('2026-11-25T00:00'),
    );
    const segmentsStarting = (from: string, to: string) =>
      schedule
        .flatMap(shift => shift.segments)
        .map(s => ({ ...s, start: DateTime.fromISO(s.start) }))
        .filter(s => s.start >= berlin(from) && s.start < berlin(to))
        .map(s => [
          s.start.setZone('Europe/Berlin').toISO(),
          s.supportDay,
          s.onDuty.map(m => m.userRef),
        ]);
    // The weekend in Berlin before the move ...
    expect(segmentsStarting('2026-11-13T00:00', '2026-11-17T00:00')).toEqual([
      ['2026-11-14T00:00:00.000+01:00', false, [dave]],
      ['2026-11-16T00:00:00.000+01:00', true, [carol]],
    ]);
    // ... and Sunday and Monday in Auckland after it.
    expect(segmentsStarting('2026-11-20T00:00', '2026-11-25T00:00')).toEqual([
      ['2026-11-21T12:00:00.000+01:00', false, [dave]],
      ['2026-11-23T12:00:00.000+01:00', true, [alice]],
    ]);
    const recorded = await knex('duty_stretches')
      .where({ user_ref: dave })
      .orderBy('starts_at');
    expect(recorded.map(s => [s.starts_at, s.ends_at])).toEqual([
      [stored('2026-11-14T00:00'), stored('2026-11-16T00:00')],
      [stored('2026-11-21T12:00'), stored('2026-11-23T12:00')],
    ]);

    // The shift of the move reads the same when asked only about its days
    // before the move.
    const shiftOfMove = (shifts: typeof schedule) =>
      shifts.find(
        shift =>
          DateTime.fromISO(shift.start) <= berlin('2026-11-20T12:00') &&
          berlin('2026-11-20T12:00') < DateTime.fromISO(shift.end),
      );
    const beforeMove = await services.desks.schedule(
      platformTeam,
      berlin('2026-11-18T10:00'),
      berlin('2026-11-19T00:00'),
    );
    expect(shiftOfMove(beforeMove)).toEqual(shiftOfMove(schedule));
  });

  describe('a desk saved while a run records it', () => {
    /** When the save was stamped: inside the stretch the run records. */
    const savedAt = berlin('2026-11-27T11:00');
    const recordedUntil = berlin('2026-11-27T10:00');

    async function recordedUpTo(services: ReturnType<typeof replica>) {
      await save(services, {}, created);
      await services.tasks.dutyRecorder.run(created.plus({ minutes: 1 }));
      await services.tasks.dutyRecorder.run(recordedUntil);
    }

    /** Who the record has on duty, by role, from `savedAt` on. */
    async function secondariesSinceSave() {
      const { stretches } = await recordedRows();
      return stretches
        .filter(s => s.role === 'secondary')
        .map(s => [s.user_ref, s.starts_at, s.ends_at]);
    }

    it('counts it from when it was saved when the run read the desk before', async () => {
      const services = replica();
      await recordedUpTo(services);
      // Something written since, so that the run works the desk out.
      await services.desks.addOverride(
        platformTeam,
        {
          kind: 'add',
          userRef: dave,
          start: berlin('2026-12-07T09:00').toISO()!,
          end: berlin('2026-12-08T09:00').toISO()!,
        },
        alice,
        berlin('2026-11-27T10:30'),
      );
      const records = new DutyRecordStore(knex);
      let saving: Promise<unknown> | undefined;
      const rotationsInForce = (records as any).rotationsInForce.bind(records);
      // The run reads what is in force, then the save starts: it commits
      // while the run writes, or, where it waits for the run, right after.
      jest
        .spyOn(records as any, 'rotationsInForce')
        .mockImplementationOnce(async (...args: unknown[]) => {
          const inForce = await rotationsInForce(...args);
          saving = save(services, { membersPerShift: 2 }, savedAt);
          return inForce;
        });
      const recorder = new DutyRecorder({
        records,
        logger: mockServices.logger.mock(),
      });
      await recorder.run(now);
      await saving;
      await recorder.run(now.plus({ minutes: 1 }));

      expect(await secondariesSinceSave()).toEqual([
        [carol, stored('2026-11-27T11:00'), null],
      ]);
      const { stretches } = await recordedRows();
      expect(
        stretches.filter(s => s.ends_at === null && s.role !== 'observer'),
      ).toHaveLength(2);
    });

    it('counts it from when it was saved when the run moves a quiet desk on', async () => {
      const services = replica();
      await recordedUpTo(services);
      const records = new DutyRecordStore(knex);
      const advance = records.advance.bind(records);
      // The run found nothing written and the next handoff ahead; the save
      // commits before it moves the desk on.
      jest.spyOn(records, 'advance').mockImplementationOnce(async (...args) => {
        await save(services, { membersPerShift: 2 }, savedAt);
        return advance(...args);
      });
      const recorder = new DutyRecorder({
        records,
        logger: mockServices.logger.mock(),
      });
      await recorder.run(now);
      await recorder.run(now.plus({ minutes: 1 }));

      expect(records.advance).toHaveBeenCalled();
      expect(await secondariesSinceSave()).toEqual([
        [carol, stored('2026-11-27T11:00'), null],
      ]);
    });
  });

  it('takes back what a run recorded past a save that committed after it', async () => {
    const services = replica();
    await save(services, {}, created);
    await services.tasks.dutyRecorder.run(created.plus({ minutes: 1 }));
    // The run records the handoff of Wed 25 Nov at 09:00 ...
    await services.tasks.dutyRecorder.run(berlin('2026-11-25T12:00'));
    // ... and a save stamped an hour before the handoff commits after it.
    await save(services, { membersPerShift: 2 }, berlin('2026-11-25T08:00'));
    await services.tasks.dutyRecorder.run(now);

    const span = await new DutyRecordStore(knex).span(
      platformTeam,
      berlin('2026-11-24T00:00'),
      now,
    );
    // Alice's week runs on to the handoff, with Bob from the save.
    expect(
      span?.stretches.map(s => [s.userRef, s.role, s.start, s.end]),
    ).toEqual([
      [
        alice,
        'primary',
        stored('2026-11-18T09:00'),
        stored('2026-11-25T09:00'),
      ],
      [
        bob,
        'secondary',
        stored('2026-11-25T08:00'),
        stored('2026-11-25T09:00'),
      ],
      [carol, 'primary', stored('2026-11-25T09:00'), null],
      [alice, 'secondary', stored('2026-11-25T09:00'), null],
    ]);
    expect(span?.shifts.map(s => [s.start, s.end, s.members])).toEqual([
      [stored('2026-11-18T09:00'), stored('2026-11-25T08:00'), [alice]],
      [stored('2026-11-25T08:00'), stored('2026-11-25T09:00'), [alice, bob]],
      [stored('2026-11-25T09:00'), null, [carol, alice]],
    ]);
  });

  it('records each stretch once when two replicas claim the same one', async () => {
    const services = replica();
    await save(services, {}, created);
    await services.tasks.dutyRecorder.run(created.plus({ minutes: 1 }));
    const from = created.plus({ minutes: 1 });
    const [first, second] = [
      new DutyRecordStore(knex),
      new DutyRecordStore(knex),
    ];
    // Both read the record to stop at `from`; the first records, then the
    // second tries to claim what it read.
    expect(await first.recordStep(platformTeam, from, now)).toBe(true);
    const rows = await recordedRows();
    expect(await second.recordStep(platformTeam, from, now)).toBe(false);
    expect(await recordedRows()).toEqual(rows);

    await Promise.all([
      first.recordFrom(platformTeam, now, now.plus({ days: 3 })),
      second.recordFrom(platformTeam, now, now.plus({ days: 3 })),
    ]);
    const { shifts, stretches } = await recordedRows();
    const keys = stretches.map(s => `${s.user_ref} ${s.role} ${s.starts_at}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shifts.filter(s => s.ends_at === null)).toHaveLength(1);
    expect(stretches.filter(s => s.ends_at === null)).toHaveLength(1);
  });

  it('shows no shifts for a past stretch in which the desk had no rotation', async () => {
    const services = replica();
    await save(services, {}, created);
    await services.tasks.dutyRecorder.run(created.plus({ minutes: 1 }));
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk({ rotation: null })),
      updatedBy: alice,
      now: berlin('2026-11-16T10:00'),
    });
    await services.tasks.dutyRecorder.run(berlin('2026-11-21T10:00'));
    await save(services, {}, berlin('2026-11-21T10:00'));
    await services.tasks.dutyRecorder.run(now);

    const withoutRotation = await services.desks.schedule(
      platformTeam,
      berlin('2026-11-17T00:00'),
      berlin('2026-11-21T00:00'),
    );
    expect(withoutRotation).toEqual([]);
    const asked = await services.desks.lookUpOnDuty(
      platformTeam,
      berlin('2026-11-18T12:00'),
      now,
    );
    expect(asked.onDuty).toEqual([]);
  });

  it('lets a deleted override go from the list and from the way of a new one', async () => {
    const services = replica();
    await save(services, {}, created);
    const override = {
      kind: 'replace' as const,
      userRef: bob,
      replacementRef: dave,
      start: berlin('2026-11-30T10:00').toISO()!,
      end: berlin('2026-12-02T00:00').toISO()!,
    };
    const { id } = await services.desks.addOverride(
      platformTeam,
      override,
      alice,
      now,
    );
    await services.desks.deleteOverride(platformTeam, id, now);
    expect(await services.desks.listOverrides(platformTeam, now)).toEqual([]);
    const again = await services.desks.addOverride(
      platformTeam,
      override,
      alice,
      now,
    );
    expect(
      (await services.desks.listOverrides(platformTeam, now)).map(o => o.id),
    ).toEqual([again.id]);
  });
});
