import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { DutyMark, DutyRecordStore } from '../database/DutyRecordStore';

/**
 * How far back a desk's record starts when it is first recorded: from its
 * first stored revision (for a desk written before the record existed,
 * its last write then), but no further back than this.
 */
const FIRST_RECORD_DAYS_BACK = 28;

/** A desk whose record stops further back than this after a run is told of. */
const LAG_WARNING = { hours: 1 };

/**
 * Records who is on duty at every stored desk, up to now, from where each
 * desk's record stops: after a pause of any length the runs fill it, a day
 * per step. A desk on which nothing was written and whose duty does not
 * change by what is in force only has its record moved on, with the
 * others at once; the rest are worked out.
 */
export class DutyRecorder {
  constructor(
    private readonly deps: { records: DutyRecordStore; logger: LoggerService },
  ) {}

  async run(now: DateTime, signal?: AbortSignal): Promise<void> {
    const { records } = this.deps;
    const marks = await this.marksBegun(now);
    if (marks.length === 0) {
      return;
    }
    const written = await records.writtenSince(
      DateTime.min(...marks.map(mark => mark.until))!,
    );
    const quiet = (mark: DutyMark) => {
      const lastWritten = written.get(mark.teamRef);
      return (
        !(mark.nextChange && mark.nextChange < now) &&
        !(lastWritten && lastWritten >= mark.until)
      );
    };
    const behind = marks.filter(mark => mark.until < now);
    await this.advanceQuiet(behind.filter(quiet), now);
    for (const mark of behind.filter(m => !quiet(m))) {
      if (signal?.aborted) {
        return;
      }
      await this.recordDesk(mark, now, signal);
    }
  }

  /** Every desk's mark, beginning the record of desks that have none. */
  private async marksBegun(now: DateTime): Promise<DutyMark[]> {
    const { records } = this.deps;
    const desks = await records.marks();
    const begun = desks.flatMap(desk => (desk.mark ? [desk.mark] : []));
    const unbegun = desks.filter(desk => !desk.mark).map(desk => desk.teamRef);
    if (unbegun.length === 0) {
      return begun;
    }
    const earliest = now.minus({ days: FIRST_RECORD_DAYS_BACK });
    const firstWritten = await records.firstWritten(unbegun);
    const starts = [...firstWritten].map(([teamRef, first]) => ({
      teamRef,
      from: DateTime.max(first, earliest),
    }));
    await records.beginAll(starts);
    // Begun here or by another replica just now: either way due from there.
    return [
      ...begun,
      ...starts.map(({ teamRef, from }) => ({
        teamRef,
        until: from,
        nextChange: from,
      })),
    ];
  }

  /** Moves on at once the records of desks where nothing happens. */
  private async advanceQuiet(marks: DutyMark[], now: DateTime) {
    const byUntil = new Map<number, DutyMark[]>();
    for (const mark of marks) {
      const key = mark.until.toMillis();
      const group = byUntil.get(key);
      if (group) {
        group.push(mark);
      } else {
        byUntil.set(key, [mark]);
      }
    }
    for (const group of byUntil.values()) {
      await this.deps.records.advance(
        group.map(mark => mark.teamRef),
        group[0].until,
        now,
      );
    }
  }

  private async recordDesk(
    mark: DutyMark,
    now: DateTime,
    signal: AbortSignal | undefined,
  ) {
    const { records, logger } = this.deps;
    try {
      const stop = await records.recordFrom(
        mark.teamRef,
        mark.until,
        now,
        signal,
      );
      if (stop && stop < now.minus(LAG_WARNING)) {
        logger.warn(
          `The record of who is on duty at ${
            mark.teamRef
          } stops at ${stop.toISO()}, more than an hour ago`,
        );
      }
    } catch (error) {
      // One desk's failure must not hold up the record of the others.
      logger.warn(`Could not record who is on duty at ${mark.teamRef}`, {
        error: String(error),
      });
    }
  }
}
