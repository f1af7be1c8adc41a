import {
  addBusinessMinutes,
  SupportHours,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { Report } from './report';
import { timed } from './stats';

/**
 * The worst deadline to compute: a desk open one minute a week, with
 * holidays, and a target of 20,000 business minutes, so the deadline lies
 * 20,000 weeks ahead. Timed once: a day-by-day walk takes seconds.
 */
export async function benchBusinessTimeWorst(report: Report) {
  const hours: SupportHours = {
    timeZone: 'Europe/Berlin',
    weekly: [{ day: 3, start: '10:00', end: '10:01' }],
    holidays: ['2026-12-23', '2027-01-06', '2027-12-22', '2028-03-01'],
  };
  const from = DateTime.fromISO('2026-12-01T08:00:00Z');
  let deadline: DateTime | null = null;
  const ms = await timed(() => {
    deadline = addBusinessMinutes(hours, from, 20_000);
  });
  report.set('businessTimeWorstMs', ms);
  report.line(
    `one deadline 20,000 business minutes ahead, open one minute a week: ${ms.toFixed(
      1,
    )} ms (due ${
      deadline === null ? 'never' : (deadline as DateTime).toISODate()
    })`,
  );
}
