import {
  advanceRecord,
  dutyMoments,
  nextDutyChange,
  OverrideInForce,
  recordedInstant as instant,
  RecordedShift,
  RecordedStretch,
  RotationInForce,
  RotationSpec,
  StoredOverride,
  SupportHours,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { CachedRunningRecord, DeskReadCache } from './DeskReadCache';
import { toStoredInstant } from './util';

interface DutyRecordRow {
  team_ref: string;
  recorded_from: string;
  recorded_until: string;
  next_change_at: string | null;
}

interface DutyShiftRow {
  team_ref: string;
  starts_at: string;
  ends_at: string | null;
  shift_index: number;
  members: string;
}

interface DutyStretchRow {
  team_ref: string;
  user_ref: string;
  role: RecordedStretch['role'];
  source: RecordedStretch['source'];
  starts_at: string;
  ends_at: string | null;
}

interface RevisionRow {
  profile: string;
  rotation: string | null;
  written_at: string;
}

/** The stretch of time a desk's record covers: `from` ≤ t < `until`. */
export interface DutyCoverage {
  from: DateTime;
  until: DateTime;
}

/** What the record holds about a stretch of time. */
export interface DutyRecordSpan {
  coverage: DutyCoverage;
  /** Shifts overlapping the stretch, by start. */
  shifts: RecordedShift[];
  /** Stretches of duty overlapping the stretch. */
  stretches: RecordedStretch[];
  /**
   * The revisions in force over the shifts and the stretch, by when they
   * came into force: the support days and zone of each recorded instant.
   */
  revisions: RotationInForce[];
}

/** Where a desk's record stops, and when who is on duty next changes. */
export interface DutyMark {
  teamRef: string;
  until: DateTime;
  /** Undefined: nothing in force changes it until something is written. */
  nextChange?: DateTime;
}

/** The record at the present: how far it goes, and the running shift. */
export interface RunningRecord {
  coverage: DutyCoverage;
  shift?: RecordedShift;
}

/** Rows per statement, well under either database's limit on bindings. */
const BATCH = 200;

function batches<Item>(items: Item[]): Item[][] {
  const result: Item[][] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    result.push(items.slice(i, i + BATCH));
  }
  return result;
}

function toCoverage(row: DutyRecordRow): DutyCoverage {
  return {
    from: instant(row.recorded_from),
    until: instant(row.recorded_until),
  };
}

function toShift(row: DutyShiftRow): RecordedShift {
  return {
    index: row.shift_index,
    start: row.starts_at,
    end: row.ends_at,
    members: JSON.parse(row.members),
  };
}

function toStretch(row: DutyStretchRow): RecordedStretch {
  return {
    userRef: row.user_ref,
    role: row.role,
    source: row.source,
    start: row.starts_at,
    end: row.ends_at,
  };
}

function toRotationInForce(row: RevisionRow): RotationInForce {
  const { hours } = JSON.parse(row.profile) as { hours: SupportHours };
  return {
    from: instant(row.written_at),
    rotation: row.rotation ? (JSON.parse(row.rotation) as RotationSpec) : null,
    calendar: { timeZone: hours.timeZone, supportDays: hours.supportDays },
  };
}

/**
 * Rows of `table` that overlap `from` ≤ t < `to` (`ends_at` null = still
 * running), or with `from` equal to `to` those running at that instant.
 */
function overlapping<Row extends {}>(
  db: Knex,
  table: string,
  teamRef: string,
  from: DateTime,
  to: DateTime,
): Promise<Row[]> {
  return db(table)
    .where('team_ref', teamRef)
    .where('starts_at', from < to ? '<' : '<=', toStoredInstant(to))
    .where(query =>
      query.whereNull('ends_at').orWhere('ends_at', '>', toStoredInstant(from)),
    )
    .orderBy('starts_at');
}

/** The shift running at `at`: the last to start by then, unless it ended. */
async function shiftAtInstant(
  db: Knex,
  teamRef: string,
  at: DateTime,
): Promise<DutyShiftRow[]> {
  const last: DutyShiftRow | undefined = await db('duty_shifts')
    .where('team_ref', teamRef)
    .where('starts_at', '<=', toStoredInstant(at))
    .orderBy('starts_at', 'desc')
    .first();
  return last && (last.ends_at === null || instant(last.ends_at) > at)
    ? [last]
    : [];
}

const shiftKey = ['team_ref', 'starts_at'] as const;
const stretchKey = [
  'team_ref',
  'user_ref',
  'role',
  'source',
  'starts_at',
] as const;

/**
 * Ends the rows that were running and ended (by their key, only while
 * still running) and adds the new ones, a row already there staying as it
 * is: writing the same rows again changes nothing.
 */
async function writeRows<Row extends { ends_at: string | null }>(
  trx: Knex,
  table: string,
  key: readonly (keyof Row & string)[],
  rows: { closed: Row[]; opened: Row[] },
) {
  for (const row of rows.closed) {
    await trx(table)
      .where(Object.fromEntries(key.map(column => [column, row[column]])))
      .whereNull('ends_at')
      .update({ ends_at: row.ends_at });
  }
  for (const batch of batches(rows.opened)) {
    await trx(table).insert(batch).onConflict(key).ignore();
  }
}

/**
 * Makes the record count a write of the desk (a revision, an override
 * added or deleted) from `writtenAt`, in the transaction of the write.
 *
 * A recording step claims the desk's `duty_records` row first; so does
 * this, so the two take turns. When the step went first, it read what was
 * in force before this write committed, and may have recorded past
 * `writtenAt` with it: the record is taken back to `writtenAt` (rows that
 * began since are dropped, rows that ended since run again), and the next
 * run records that stretch with the write. When this goes first, the step
 * reads the write. Either way `next_change_at` is due by `writtenAt`, so
 * the desk is not moved on as one where nothing happened.
 */
export async function rewindRecordForWrite(
  trx: Knex.Transaction,
  teamRef: string,
  writtenAt: DateTime,
): Promise<void> {
  const query = trx<DutyRecordRow>('duty_records').where({
    team_ref: teamRef,
  });
  if (trx.client.config.client === 'pg') {
    query.forUpdate();
  }
  const mark = await query.first();
  if (!mark) {
    return;
  }
  const record = toCoverage(mark);
  const back = DateTime.max(writtenAt, record.from);
  const stored = toStoredInstant(back);
  if (record.until > back) {
    for (const table of ['duty_shifts', 'duty_stretches']) {
      await trx(table)
        .where({ team_ref: teamRef })
        .where('starts_at', '>=', stored)
        .delete();
      await trx(table)
        .where({ team_ref: teamRef })
        .where('ends_at', '>', stored)
        .update({ ends_at: null });
    }
  }
  const due =
    mark.next_change_at && instant(mark.next_change_at) < back
      ? mark.next_change_at
      : stored;
  await trx<DutyRecordRow>('duty_records')
    .where({ team_ref: teamRef })
    .update({
      recorded_until: toStoredInstant(DateTime.min(record.until, back)),
      next_change_at: due,
    });
}

/** The longest stretch of time one recording transaction covers. */
const STEP = { days: 1 };

/**
 * The record of who was on duty at each desk, written as it happens by
 * the duty recorder and read for questions about the past.
 */
export class DutyRecordStore {
  constructor(
    private readonly db: Knex,
    /** Keeps the running record; renewed when a run changes what runs. */
    private readonly readCache?: DeskReadCache,
  ) {}

  /** Desks with a stored revision, with when their first was written. */
  async desksToRecord(): Promise<
    { teamRef: string; firstWritten: DateTime }[]
  > {
    const rows: { team_ref: string; first_written: string }[] = await this.db(
      'desk_revisions',
    )
      .groupBy('team_ref')
      .select('team_ref')
      .min({ first_written: 'written_at' });
    return rows.map(row => ({
      teamRef: row.team_ref,
      firstWritten: instant(row.first_written),
    }));
  }

  /** Every stored desk, with where its record stops (none before it begins). */
  async marks(): Promise<{ teamRef: string; mark?: DutyMark }[]> {
    const rows: (Partial<DutyRecordRow> & { desk: string })[] = await this.db(
      'desks',
    )
      .leftJoin('duty_records', 'duty_records.team_ref', 'desks.team_ref')
      .select(
        { desk: 'desks.team_ref' },
        'duty_records.recorded_until',
        'duty_records.next_change_at',
      );
    return rows.map(row => ({
      teamRef: row.desk,
      mark: row.recorded_until
        ? {
            teamRef: row.desk,
            until: instant(row.recorded_until),
            nextChange: row.next_change_at
              ? instant(row.next_change_at)
              : undefined,
          }
        : undefined,
    }));
  }

  /** When the first stored revision of each of these desks was written. */
  async firstWritten(teamRefs: string[]): Promise<Map<string, DateTime>> {
    const result = new Map<string, DateTime>();
    for (const batch of batches(teamRefs)) {
      const rows: { team_ref: string; first_written: string }[] = await this.db(
        'desk_revisions',
      )
        .whereIn('team_ref', batch)
        .groupBy('team_ref')
        .select('team_ref')
        .min({ first_written: 'written_at' });
      for (const row of rows) {
        result.set(row.team_ref, instant(row.first_written));
      }
    }
    return result;
  }

  /** Starts a desk's record at `from`, unless another replica did already. */
  async begin(teamRef: string, from: DateTime): Promise<void> {
    await this.beginAll([{ teamRef, from }]);
  }

  /**
   * Starts these desks' records, each at its `from`, unless another
   * replica did already; due to be recorded from there.
   */
  async beginAll(starts: { teamRef: string; from: DateTime }[]) {
    for (const batch of batches(starts)) {
      await this.db<DutyRecordRow>('duty_records')
        .insert(
          batch.map(({ teamRef, from }) => ({
            team_ref: teamRef,
            recorded_from: toStoredInstant(from),
            recorded_until: toStoredInstant(from),
            next_change_at: toStoredInstant(from),
          })),
        )
        .onConflict('team_ref')
        .ignore();
    }
  }

  /**
   * Per desk, the last instant at or after `since` at which a revision was
   * written or an override created or deleted.
   */
  async writtenSince(since: DateTime): Promise<Map<string, DateTime>> {
    const stored = toStoredInstant(since);
    const lastOf = (table: string, column: string) =>
      this.db(table)
        .where(column, '>=', stored)
        .groupBy('team_ref')
        .select('team_ref')
        .max({ last: column }) as Promise<{ team_ref: string; last: string }[]>;
    const rows = await Promise.all([
      lastOf('desk_revisions', 'written_at'),
      lastOf('overrides', 'created_at'),
      lastOf('overrides', 'deleted_at'),
    ]);
    const result = new Map<string, DateTime>();
    for (const row of rows.flat()) {
      const last = instant(row.last);
      const known = result.get(row.team_ref);
      result.set(row.team_ref, known ? DateTime.max(known, last) : last);
    }
    return result;
  }

  /**
   * Moves the record of these desks, on which nothing happened, from
   * `from` to `until`: only those whose record still stops at `from`, so
   * that a replica that recorded them meanwhile keeps what it wrote, and
   * whose duty changes at `until` at the earliest, so that a write since
   * they were read (see {@link rewindRecordForWrite}) is recorded.
   */
  async advance(teamRefs: string[], from: DateTime, until: DateTime) {
    for (const batch of batches(teamRefs)) {
      await this.db<DutyRecordRow>('duty_records')
        .whereIn('team_ref', batch)
        .where('recorded_until', toStoredInstant(from))
        .where(query =>
          query
            .whereNull('next_change_at')
            .orWhere('next_change_at', '>=', toStoredInstant(until)),
        )
        .update({ recorded_until: toStoredInstant(until) });
    }
  }

  /**
   * Records the desk's duty from where its record stops up to `until`, a
   * step of at most a day per transaction (see {@link DutyRecordStore.recordFrom}).
   */
  async record(teamRef: string, until: DateTime): Promise<void> {
    const mark = await this.db<DutyRecordRow>('duty_records')
      .where({ team_ref: teamRef })
      .first();
    if (mark) {
      await this.recordFrom(teamRef, instant(mark.recorded_until), until);
    }
  }

  /**
   * Records the desk's duty from `from`, where its record was read to
   * stop, towards `until`, a step of at most a day per transaction, until
   * it gets there, `signal` aborts or another replica has moved the
   * record. Returns where the record stops, or undefined when another
   * replica moved it (and goes on from there).
   */
  async recordFrom(
    teamRef: string,
    from: DateTime,
    until: DateTime,
    signal?: AbortSignal,
  ): Promise<DateTime | undefined> {
    let stop = from;
    while (stop < until && !signal?.aborted) {
      const stepEnd = DateTime.min(until, stop.plus(STEP));
      if (!(await this.recordStep(teamRef, stop, stepEnd))) {
        return undefined;
      }
      stop = stepEnd;
    }
    return stop;
  }

  /**
   * Records the desk's duty from `from`, where its record was read to
   * stop, to `until`, in one transaction, with the rotation and overrides
   * in force at each instant. The transaction first moves the record's
   * end from `from` to `until`: a replica that finds it moved writes
   * nothing, so each stretch of time is recorded once (and on SQLite the
   * write lock is taken before anything is read). False when it had moved.
   */
  async recordStep(
    teamRef: string,
    from: DateTime,
    until: DateTime,
  ): Promise<boolean> {
    const step = await this.db.transaction(async trx => {
      const claimed = await trx<DutyRecordRow>('duty_records')
        .where({ team_ref: teamRef, recorded_until: toStoredInstant(from) })
        .update({ recorded_until: toStoredInstant(until) });
      if (claimed !== 1) {
        return { claimed: false, changed: false };
      }
      const [rotations, overrides, open] = [
        await this.rotationsInForce(trx, teamRef, from, until),
        await this.overridesInForce(trx, teamRef, from, until),
        await this.openRecord(trx, teamRef),
      ];
      const writes = advanceRecord(
        open,
        dutyMoments(rotations, overrides, from, until),
      );
      const shiftRow = (shift: RecordedShift): DutyShiftRow => ({
        team_ref: teamRef,
        starts_at: shift.start,
        ends_at: shift.end,
        shift_index: shift.index,
        members: JSON.stringify(shift.members),
      });
      const stretchRow = (stretch: RecordedStretch): DutyStretchRow => ({
        team_ref: teamRef,
        user_ref: stretch.userRef,
        role: stretch.role,
        source: stretch.source,
        starts_at: stretch.start,
        ends_at: stretch.end,
      });
      await writeRows(trx, 'duty_shifts', shiftKey, {
        closed: writes.closedShifts.map(shiftRow),
        opened: writes.openedShifts.map(shiftRow),
      });
      await writeRows(trx, 'duty_stretches', stretchKey, {
        closed: writes.closedStretches.map(stretchRow),
        opened: writes.openedStretches.map(stretchRow),
      });
      const next = nextDutyChange(rotations.at(-1), overrides, until);
      await trx<DutyRecordRow>('duty_records')
        .where({ team_ref: teamRef })
        .update({ next_change_at: next ? toStoredInstant(next) : null });
      return {
        claimed: true,
        changed: Object.values(writes).some(rows => rows.length > 0),
      };
    });
    if (step.changed) {
      await this.readCache?.renew(teamRef);
    }
    return step.claimed;
  }

  private async openRecord(trx: Knex, teamRef: string) {
    const [shift] = await trx<DutyShiftRow>('duty_shifts')
      .where({ team_ref: teamRef })
      .whereNull('ends_at');
    const stretches = await trx<DutyStretchRow>('duty_stretches')
      .where({ team_ref: teamRef })
      .whereNull('ends_at');
    return {
      shift: shift && toShift(shift),
      stretches: stretches.map(toStretch),
    };
  }

  /** The revision in force at `from` and those written before `to`. */
  private async rotationsInForce(
    trx: Knex,
    teamRef: string,
    from: DateTime,
    to: DateTime,
  ): Promise<RotationInForce[]> {
    const columns: (keyof RevisionRow)[] = [
      'profile',
      'rotation',
      'written_at',
    ];
    const atStart: RevisionRow | undefined = await trx('desk_revisions')
      .where({ team_ref: teamRef })
      .where('written_at', '<=', toStoredInstant(from))
      .orderBy([
        { column: 'written_at', order: 'desc' },
        { column: 'revision', order: 'desc' },
      ])
      .first(columns);
    const later: RevisionRow[] = await trx('desk_revisions')
      .where({ team_ref: teamRef })
      .where('written_at', '>', toStoredInstant(from))
      .where('written_at', '<', toStoredInstant(to))
      .orderBy(['written_at', 'revision'])
      .select(columns);
    return [...(atStart ? [atStart] : []), ...later].map(toRotationInForce);
  }

  /**
   * Overrides, deleted ones too, that existed at some instant from `from`
   * to `to` and had not ended by `from`: those that begin later count for
   * when who is on duty next changes.
   */
  private async overridesInForce(
    trx: Knex,
    teamRef: string,
    from: DateTime,
    to: DateTime,
  ): Promise<OverrideInForce[]> {
    const rows = await trx('overrides')
      .where({ team_ref: teamRef })
      .where('ends_at', '>', toStoredInstant(from))
      .where('created_at', '<', toStoredInstant(to))
      .where(query =>
        query
          .whereNull('deleted_at')
          .orWhere('deleted_at', '>', toStoredInstant(from)),
      );
    return rows.map(row => ({
      override: {
        id: row.id,
        kind: row.kind,
        userRef: row.user_ref,
        replacementRef: row.replacement_ref,
        start: row.starts_at,
        end: row.ends_at,
      } satisfies Omit<StoredOverride, 'teamRef' | 'createdBy' | 'createdAt'>,
      from: instant(row.created_at),
      until: row.deleted_at ? instant(row.deleted_at) : undefined,
    }));
  }

  /**
   * How far the desk's record goes and the shift it has running: what a
   * question about the present needs. Through the read cache, renewed when
   * a run opens or closes a shift or a stretch and when the desk or its
   * overrides are written. Undefined while the desk has no record.
   */
  async running(teamRef: string): Promise<RunningRecord | undefined> {
    const read = () => this.readRunning(teamRef);
    const running = this.readCache
      ? await this.readCache.readThrough('running', teamRef, read)
      : await read();
    return (
      running && {
        coverage: {
          from: instant(running.recordedFrom),
          until: instant(running.recordedUntil),
        },
        shift: running.shift && { ...running.shift, end: null },
      }
    );
  }

  /** {@link DutyRecordStore.running} from the database, in one statement. */
  private async readRunning(
    teamRef: string,
  ): Promise<CachedRunningRecord | undefined> {
    const row: (DutyRecordRow & Partial<DutyShiftRow>) | undefined =
      await this.db('duty_records')
        .leftJoin('duty_shifts', join =>
          join
            .on('duty_shifts.team_ref', 'duty_records.team_ref')
            .andOnNull('duty_shifts.ends_at'),
        )
        .where('duty_records.team_ref', teamRef)
        .first(
          'duty_records.recorded_from',
          'duty_records.recorded_until',
          'duty_shifts.starts_at',
          'duty_shifts.shift_index',
          'duty_shifts.members',
        );
    if (!row) {
      return undefined;
    }
    const shift = row.starts_at
      ? toShift({ ...(row as DutyShiftRow), ends_at: null })
      : undefined;
    return {
      recordedFrom: row.recorded_from,
      recordedUntil: row.recorded_until,
      shift: shift && {
        index: shift.index,
        start: shift.start,
        members: shift.members,
      },
    };
  }

  /**
   * What the record holds from `from` to `to`, read at one point in time:
   * the shifts, and the stretches from the start of the first of them. At
   * an instant (`from` equal to `to`), the shift and stretches running
   * then. Undefined while the desk has no record.
   */
  async span(
    teamRef: string,
    from: DateTime,
    to: DateTime,
  ): Promise<DutyRecordSpan | undefined> {
    return this.db.transaction(async trx => {
      const mark = await trx<DutyRecordRow>('duty_records')
        .where({ team_ref: teamRef })
        .first();
      if (!mark) {
        return undefined;
      }
      const shifts = (
        +from === +to
          ? await shiftAtInstant(trx, teamRef, from)
          : await overlapping<DutyShiftRow>(
              trx,
              'duty_shifts',
              teamRef,
              from,
              to,
            )
      ).map(toShift);
      const coverage = toCoverage(mark);
      // The shifts are whole: their stretches and the revisions in force
      // are read from the first one's start to the last one's end.
      const whole = shifts.length > 0 && +from !== +to;
      const readFrom = whole
        ? DateTime.min(from, instant(shifts[0].start))
        : from;
      const lastEnd = shifts.at(-1)?.end;
      const readTo = whole
        ? DateTime.max(to, lastEnd ? instant(lastEnd) : coverage.until)
        : to;
      const stretches = await overlapping<DutyStretchRow>(
        trx,
        'duty_stretches',
        teamRef,
        readFrom,
        readTo,
      );
      return {
        coverage,
        shifts,
        stretches: stretches.map(toStretch),
        revisions: await this.rotationsInForce(trx, teamRef, readFrom, readTo),
      };
    }, this.snapshot());
  }

  /**
   * A transaction whose reads all see the database as it was at its first:
   * PostgreSQL needs asking; SQLite's transactions are that already.
   */
  private snapshot(): Knex.TransactionConfig {
    return this.db.client.config.client === 'pg'
      ? { isolationLevel: 'repeatable read', readOnly: true }
      : {};
  }
}
