import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { NoticeOutbox } from './NoticeOutbox';

/** As many as the outbox sends in one go. */
const BATCH = 100;

/**
 * Sends notices from the outbox right after the transaction that queued
 * them commits, on the replica that wrote them, without the writer waiting:
 * notices queued while a send runs go out in the send after it, in one
 * batch. A notice this replica fails to send (or never gets to, when it
 * dies) is sent by the SLA sweep's pass over the outbox, every minute.
 */
export class NoticeNudge {
  private queued = new Map<number, DateTime>();
  private running: Promise<void> | undefined;

  constructor(
    private readonly deps: {
      outbox: Pick<NoticeOutbox, 'sendDue'>;
      logger: LoggerService;
    },
  ) {}

  /** Sends these notices soon, as due at `now` (when they were queued). */
  send(ids: number[], now: DateTime): void {
    for (const id of ids) {
      this.queued.set(id, now);
    }
    this.start();
  }

  private start() {
    if (this.running || this.queued.size === 0) {
      return;
    }
    this.running = this.sendQueued().finally(() => {
      this.running = undefined;
      // Notices queued after the last batch was taken.
      this.start();
    });
  }

  /** Resolves once every notice asked for so far was tried. */
  async settled(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  private async sendQueued(): Promise<void> {
    while (this.queued.size > 0) {
      const batch = [...this.queued].slice(0, BATCH);
      for (const [id] of batch) {
        this.queued.delete(id);
      }
      const now = DateTime.max(...batch.map(([, at]) => at))!;
      try {
        await this.deps.outbox.sendDue(
          now,
          batch.map(([id]) => id),
        );
      } catch (error) {
        this.deps.logger.warn(
          'Could not send new notices; the SLA sweep sends them',
          { error: String(error) },
        );
      }
    }
  }
}
