import { deskReport } from '../reports/deskReport';
import { DeskReport, PersonFigures, ReportTotals } from '../reports/types';
import {
  desk as mondayDesk,
  now,
  teamRef,
  zone,
} from './__testUtils__/mondayAfterClockChange';
import { latestWeeklyReport } from './due';
import { weeklyReport } from './weeklyReport';

// The weekly report of Monday 30 March 2026: its week, Monday 23 to Sunday
// 29 March, ends with the night the clocks go forward, so the week starts
// at midnight UTC+1 and ends at midnight UTC+2.
const desk = {
  ...mondayDesk,
  topics: [
    'vpn',
    'deploy',
    'grafana',
    ...'abcdefghijk'.split('').map(c => `t${c}`),
  ],
};
const period = latestWeeklyReport(desk, now);

/** A report of `from` to `to` with nothing in it, then `changes`. */
function report(
  days: { from: string; to: string },
  changes: Partial<DeskReport>,
): DeskReport {
  return {
    ...deskReport({
      desk,
      range: { ...days, bucket: 'day' },
      requests: [],
      now,
    }),
    ...changes,
  };
}

const totals = (changes: Partial<ReportTotals>): ReportTotals => ({
  filed: 0,
  resolved: 0,
  openAtEnd: 0,
  firstResponse: {
    counted: 0,
    met: 0,
    metShare: null,
    medianMinutes: null,
    p90Minutes: null,
  },
  resolution: {
    counted: 0,
    met: 0,
    metShare: null,
    medianMinutes: null,
    p90Minutes: null,
  },
  breaches: 0,
  deflection: { resolved: 0, deflected: 0, share: null },
  minutesSpent: 0,
  ...changes,
});

const person = (
  userRef: string,
  requestsHandled: number,
  minutesSpent: number,
): PersonFigures => ({
  userRef,
  requestsHandled,
  minutesSpent,
  hoursOnDuty: 0,
  hoursOnDutyOutsideSupportHours: 0,
  requestsWhileOnDuty: 0,
});

const week = report(
  { from: '2026-03-23', to: '2026-03-29' },
  {
    totals: totals({
      filed: 12,
      resolved: 9,
      openAtEnd: 4,
      breaches: 2,
      firstResponse: {
        counted: 8,
        met: 6,
        metShare: 0.75,
        medianMinutes: 20,
        p90Minutes: 90,
      },
      resolution: {
        counted: 9,
        met: 9,
        metShare: 1,
        medianMinutes: 60,
        p90Minutes: 200,
      },
      deflection: { resolved: 9, deflected: 3, share: 1 / 3 },
      minutesSpent: 540,
    }),
    people: [
      person('user:default/alice', 2, 100),
      person('user:default/bob', 4, 90),
      person('user:default/carol', 4, 120),
    ],
  },
);
const weekBefore = report(
  { from: '2026-03-16', to: '2026-03-22' },
  {
    totals: totals({ filed: 7, resolved: 7, openAtEnd: 1, minutesSpent: 300 }),
  },
);

/** A request of the week's report, resolved at `resolvedAt` (UTC). */
const resolved = (title: string, resolvedAt: string, minutesSpent: number) => ({
  title,
  resolvedAt,
  resolution: { category: 'answered' as const, minutesSpent },
});

/**
 * - vpn three times in the week, 5 minutes each: asked most, but cheap;
 *   the first at midnight winter time (23:00 UTC) as the week begins, the
 *   last a minute before midnight summer time (22:00 UTC) as it ends; one
 *   a minute before the week and one as the report's own day begins are
 *   outside it;
 * - deploy three times, 40 minutes: level with vpn, more minutes;
 * - grafana once, 300 minutes; ta–tk once each, 100 minutes: eleven
 *   topics that each cost more than vpn;
 * - an open request about vpn, not resolved, does not count.
 */
const weekRequests = [
  resolved('vpn token', '2026-03-22T22:59:00Z', 5),
  resolved('vpn token', '2026-03-22T23:00:00Z', 5),
  resolved('vpn again', '2026-03-26T10:00:00Z', 5),
  resolved('vpn once more', '2026-03-29T21:59:00Z', 5),
  resolved('vpn late', '2026-03-29T22:00:00Z', 5),
  resolved('deploy broke', '2026-03-24T09:00:00Z', 10),
  resolved('deploy slow', '2026-03-25T09:00:00Z', 10),
  resolved('deploy stuck', '2026-03-26T09:00:00Z', 20),
  resolved('grafana down', '2026-03-27T09:00:00Z', 300),
  ...'abcdefghijk'
    .split('')
    .map(c => resolved(`t${c} question`, '2026-03-27T10:00:00Z', 100)),
  { title: 'vpn open', resolvedAt: null, resolution: null },
];

const made = weeklyReport({
  desk,
  period,
  week,
  weekBefore,
  weekRequests,
  recipients: [teamRef, 'user:default/carol'],
});

describe('weeklyReport over the week the clocks go forward', () => {
  it('is of Monday 09:00 summer time and covers the seven days before', () => {
    expect(made).toMatchObject({
      teamRef,
      timeZone: zone,
      date: '2026-03-30',
      dueAt: '2026-03-30T09:00:00.000+02:00',
      enabled: true,
      recipients: [teamRef, 'user:default/carol'],
      link: '/catalog/default/group/platform/zooport',
      week: { from: '2026-03-23', to: '2026-03-29' },
      weekBefore: { from: '2026-03-16', to: '2026-03-22' },
    });
  });

  it('sets each key figure of the week beside the week before’s', () => {
    expect(made.figures).toEqual([
      { name: 'filed', week: 12, weekBefore: 7 },
      { name: 'resolved', week: 9, weekBefore: 7 },
      { name: 'openAtEnd', week: 4, weekBefore: 1 },
      { name: 'breaches', week: 2, weekBefore: 0 },
      // 6 of 8 first responses, 9 of 9 resolutions; none counted before.
      { name: 'firstResponseMetShare', week: 0.75, weekBefore: null },
      { name: 'resolutionMetShare', week: 1, weekBefore: null },
      { name: 'deflectedShare', week: 1 / 3, weekBefore: null },
      { name: 'minutesSpent', week: 540, weekBefore: 300 },
    ]);
  });

  it('lists the people busiest first, ties by minutes spent', () => {
    expect(made.people.map(p => p.userRef)).toEqual([
      'user:default/carol',
      'user:default/bob',
      'user:default/alice',
    ]);
  });

  it('names the topics that came back most, not the costliest', () => {
    expect(made.topics).toEqual([
      { name: 'deploy', requests: 3, minutesSpent: 40 },
      { name: 'vpn', requests: 3, minutesSpent: 15 },
      { name: 'grafana', requests: 1, minutesSpent: 300 },
      { name: 'ta', requests: 1, minutesSpent: 100 },
      { name: 'tb', requests: 1, minutesSpent: 100 },
    ]);
  });

  it('keeps the week’s breaches and documentation gaps as its report has them', () => {
    expect(made.breaches).toBe(week.breaches);
    expect(made.documentationGaps).toBe(week.documentationGaps);
  });
});
