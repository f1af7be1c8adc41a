import {
  addBusinessMinutes,
  SupportHours,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { Report } from './report';
import { latencyFigures, percentile, timed } from './stats';

const WARM_RUNS = 200;

/**
 * The worst deadline to compute: a desk open one minute a week, with
 * holidays, and a target of 20,000 business minutes, so the deadline lies
 * 20,000 weeks ahead. The first call also finds the zone's clock changes
 * over those centuries, once per process; later calls, each with its own
 * copy of the hours as every request reads them, show the cost per request.
 */
export async function benchBusinessTimeWorst(report: Report) {
  const hours = (): SupportHours => ({
    timeZone: 'Europe/Berlin',
    weekly: [{ day: 3, start: '10:00', end: '10:01' }],
    holidays: ['2026-12-23', '2027-01-06', '2027-12-22', '2028-03-01'],
  });
  const from = DateTime.fromISO('2026-12-01T08:00:00Z');
  let deadline: DateTime | null = null;
  const first = await timed(() => {
    deadline = addBusinessMinutes(hours(), from, 20_000);
  });
  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    warm.push(
      await timed(() => {
        addBusinessMinutes(hours(), from.plus({ minutes: run * 7 }), 20_000);
      }),
    );
  }
  warm.sort((a, b) => a - b);
  report.set('businessTimeWorstMs', percentile(warm, 50));
  report.set('businessTimeWorstP95Ms', percentile(warm, 95));
  report.set('businessTimeFirstCallMs', first);
  report.line(
    `one deadline 20,000 business minutes ahead, open one minute a week: ${latencyFigures(
      warm,
    )} over ${WARM_RUNS} calls; the process's first call ${first.toFixed(
      0,
    )} ms (finds the zone's clock changes; due ${
      deadline === null ? 'never' : (deadline as DateTime).toISODate()
    })`,
  );
}
