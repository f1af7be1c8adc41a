import {
  advanceRecord,
  dutyMoments,
  OverrideInForce,
  RecordedShift,
  RecordedStretch,
  RotationInForce,
  RotationSpec,
  StoredOverride,
  SupportHours,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { toStoredInstant } from './util';

interface DutyRecordRow {
  team_ref: string;
  recorded_from: string;
  recorded_until: string;
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
}

const instant = (stored: string) => DateTime.fromISO(stored);

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
 * running); with `from` equal to `to`, those running at that instant.
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
  for (const row of rows.opened) {
    await trx(table).insert(row).onConflict(key).ignore();
  }
}

/**
 * The record of who was on duty at each desk, written as it happens by
 * the duty recorder and read for questions about the past.
 */
export class DutyRecordStore {
  constructor(private readonly db: Knex) {}

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

  /** Starts a desk's record at `from`, unless another replica did already. */
  async begin(teamRef: string, from: DateTime): Promise<void> {
    const stored = toStoredInstant(from);
    await this.db<DutyRecordRow>('duty_records')
      .insert({
        team_ref: teamRef,
        recorded_from: stored,
        recorded_until: stored,
      })
      .onConflict('team_ref')
      .ignore();
  }

  /**
   * Records the desk's duty from where its record stops up to `until`, in
   * one transaction. The run first moves the record's end from the value
   * it read to `until`; a run on another replica that read the same end
   * finds it moved and writes nothing, so each stretch of time is recorded
   * once. However long the record stood still, the run fills all of it,
   * with the rotation and overrides that were in force at each instant.
   */
  async record(teamRef: string, until: DateTime): Promise<void> {
    await this.db.transaction(async trx => {
      const mark = await trx<DutyRecordRow>('duty_records')
        .where({ team_ref: teamRef })
        .first();
      if (!mark || instant(mark.recorded_until) >= until) {
        return;
      }
      const claimed = await trx<DutyRecordRow>('duty_records')
        .where({ team_ref: teamRef, recorded_until: mark.recorded_until })
        .update({ recorded_until: toStoredInstant(until) });
      if (claimed !== 1) {
        return;
      }
      const from = instant(mark.recorded_until);
      const moments = dutyMoments(
        await this.rotationsInForce(trx, teamRef, from, until),
        await this.overridesInForce(trx, teamRef, from, until),
        from,
        until,
      );
      const writes = advanceRecord(
        await this.openRecord(trx, teamRef),
        moments,
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
    });
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

  /** Overrides, deleted ones too, that were in force at some instant from `from` to `to`. */
  private async overridesInForce(
    trx: Knex,
    teamRef: string,
    from: DateTime,
    to: DateTime,
  ): Promise<OverrideInForce[]> {
    const rows = await trx('overrides')
      .where({ team_ref: teamRef })
      .where('ends_at', '>', toStoredInstant(from))
      .where('starts_at', '<', toStoredInstant(to))
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
   * What the record holds from `from` to `to` (at `from` when they are
   * equal): the shifts, and the stretches from the start of the first of
   * them. Undefined while the desk has no record.
   */
  async span(
    teamRef: string,
    from: DateTime,
    to: DateTime,
  ): Promise<DutyRecordSpan | undefined> {
    const mark = await this.db<DutyRecordRow>('duty_records')
      .where({ team_ref: teamRef })
      .first();
    if (!mark) {
      return undefined;
    }
    const shifts = (
      await overlapping<DutyShiftRow>(this.db, 'duty_shifts', teamRef, from, to)
    ).map(toShift);
    const stretchesFrom = shifts[0]
      ? DateTime.min(from, instant(shifts[0].start))
      : from;
    const stretches = await overlapping<DutyStretchRow>(
      this.db,
      'duty_stretches',
      teamRef,
      stretchesFrom,
      to,
    );
    return {
      coverage: {
        from: instant(mark.recorded_from),
        until: instant(mark.recorded_until),
      },
      shifts,
      stretches: stretches.map(toStretch),
    };
  }
}
