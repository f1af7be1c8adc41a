import {
  ClockFigures,
  DeskReport,
  DeskReportBucket,
  OrgReport,
  ReportTotals,
} from '@zooport/plugin-zooport-common';
import { ZooportApi } from '../api';
import { fromNow } from './clock';
import { platformTeam } from './fakeZooportApi';

const clock = (met: number, counted: number): ClockFigures => ({
  counted,
  met,
  metShare: counted ? met / counted : null,
  medianMinutes: counted ? 90 : null,
  p90Minutes: counted ? 300 : null,
});

function bucket(label: string, filed: number, resolved: number, open: number) {
  const figures: DeskReportBucket = {
    label,
    start: fromNow({ weeks: -1 }),
    end: fromNow({}),
    filed,
    resolved,
    open,
    byType: {},
    byPriority: {},
    firstResponse: clock(resolved, resolved),
    resolution: clock(resolved, resolved),
    deflection: { resolved, deflected: 0, share: resolved ? 0 : null },
    minutesSpent: resolved * 30,
  };
  return figures;
}

export function reportTotals(overrides: Partial<ReportTotals> = {}) {
  const totals: ReportTotals = {
    filed: 12,
    resolved: 9,
    openAtEnd: 4,
    firstResponse: clock(8, 10),
    resolution: clock(6, 9),
    breaches: 2,
    deflection: { resolved: 9, deflected: 3, share: 3 / 9 },
    minutesSpent: 270,
    ...overrides,
  };
  return totals;
}

/** The turtle desk's report: a busy Monday morning, two breaches. */
export function deskReport(overrides: Partial<DeskReport> = {}): DeskReport {
  const byWeekdayHour = Array.from({ length: 7 }, () => Array(24).fill(0));
  byWeekdayHour[0][9] = 5;
  byWeekdayHour[2][14] = 2;
  return {
    teamRef: platformTeam,
    timeZone: 'Europe/Berlin',
    bucket: 'day',
    from: fromNow({ days: -27, hours: -12 }),
    to: fromNow({ hours: 12 }),
    buckets: [bucket('2026-11-22', 5, 4, 3), bucket('2026-11-23', 7, 5, 4)],
    totals: reportTotals(),
    breaches: [
      {
        id: 'req-7',
        title: 'Staging database is read-only',
        typeName: 'Question',
        priority: 'high',
        clock: 'first_response',
        dueAt: fromNow({ days: -2 }),
        stoppedAt: fromNow({ days: -1 }),
      },
    ],
    arrivals: {
      byWeekdayHour,
      peaks: [{ weekday: 1, hour: 9, requests: 5 }],
    },
    resolutions: { answered: 6, documentation_link: 3 },
    people: [
      {
        userRef: 'user:default/amara',
        requestsHandled: 6,
        minutesSpent: 180,
        hoursOnDuty: 40,
        hoursOnDutyOutsideSupportHours: 4,
        requestsWhileOnDuty: 8,
      },
    ],
    fairness: {
      requestsHandled: { min: 6, max: 6, mean: 6, maxToMean: 1 },
      minutesSpent: { min: 180, max: 180, mean: 180, maxToMean: 1 },
      hoursOnDuty: { min: 40, max: 40, mean: 40, maxToMean: 1 },
      hoursOnDutyOutsideSupportHours: { min: 4, max: 4, mean: 4, maxToMean: 1 },
    },
    dutyRecordedFrom: fromNow({ days: -60 }),
    interrupts: {
      weeks: [{ label: '2026-W48', start: '', end: '', minutesSpent: 270 }],
      types: [{ name: 'Question', requests: 9, minutesSpent: 270 }],
      topics: [{ name: 'deploy', requests: 3, minutesSpent: 120 }],
    },
    documentationGaps: {
      recurring: [
        {
          typeId: 'type-question',
          words: ['canary', 'hangs'],
          requests: [
            { id: 'req-2', title: 'Canary hangs' },
            { id: 'req-3', title: 'The canary hangs again' },
          ],
        },
      ],
      answeredWithDocumentationLink: {
        total: 3,
        requests: [{ id: 'req-4', title: 'Where are the deploy docs?' }],
      },
      answeredWithoutFaqEntry: { total: 0, requests: [] },
    },
    ...overrides,
  };
}

/** Every desk's report: the turtle desk alone. */
export function orgReport(totals = reportTotals()): OrgReport {
  const { buckets, teamRef, timeZone, from, to } = deskReport();
  return {
    bucket: 'day',
    desks: [{ teamRef, timeZone, from, to, buckets, totals }],
  };
}

export function fakeReportApi(): Pick<
  ZooportApi,
  'getDeskReport' | 'getOrgReport' | 'getReportCsv'
> {
  return {
    getDeskReport: async () => deskReport(),
    getOrgReport: async () => orgReport(),
    getReportCsv: async () => new Blob(['id\r\n'], { type: 'text/csv' }),
  };
}
