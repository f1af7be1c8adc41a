import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { DutyRecordStore } from '../database/DutyRecordStore';

/**
 * How far back a desk's record starts when it is first recorded: a desk
 * written before the record existed is recorded from its last write, but
 * no further back than this.
 */
const FIRST_RECORD_DAYS_BACK = 28;

/**
 * Records who is on duty at every stored desk, up to now, from where each
 * desk's record stops: after a pause of any length the first run fills it.
 */
export class DutyRecorder {
  constructor(
    private readonly deps: { records: DutyRecordStore; logger: LoggerService },
  ) {}

  async run(now: DateTime): Promise<void> {
    const { records, logger } = this.deps;
    const earliest = now.minus({ days: FIRST_RECORD_DAYS_BACK });
    for (const { teamRef, firstWritten } of await records.desksToRecord()) {
      try {
        await records.begin(teamRef, DateTime.max(firstWritten, earliest));
        await records.record(teamRef, now);
      } catch (error) {
        // One desk's failure must not hold up the record of the others.
        logger.warn(`Could not record who is on duty at ${teamRef}`, {
          error: String(error),
        });
      }
    }
  }
}
