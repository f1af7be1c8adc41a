import { deskTimeZone } from '../desks/timeZone';
import { Desk } from '../desks/types';
import { DeskReport, ReportTotals } from '../reports/types';
import { toWireInstant } from '../time/wallClock';
import { DigestPeriod, weeksOfReport } from './due';
import { deskPath } from './links';
import { digestSettingsOf } from './settings';
import {
  WeeklyFigure,
  weeklyFigureNames,
  WeeklyFigureName,
  WeeklyReport,
} from './types';

/** How many topics a weekly report names. */
const TOP_TOPICS = 5;

const figureOf: Record<WeeklyFigureName, (t: ReportTotals) => number | null> = {
  filed: t => t.filed,
  resolved: t => t.resolved,
  openAtEnd: t => t.openAtEnd,
  breaches: t => t.breaches,
  firstResponseMetShare: t => t.firstResponse.metShare,
  resolutionMetShare: t => t.resolution.metShare,
  deflectedShare: t => t.deflection.share,
  minutesSpent: t => t.minutesSpent,
};

/**
 * A desk's weekly report for `period`, from the desk reports (the report
 * API's figures) over the week before it and the week before that; see
 * `weeksOfReport`.
 *
 * @public
 */
export function weeklyReport(options: {
  desk: Pick<Desk, 'teamRef' | 'hours' | 'rotation' | 'digests'>;
  period: DigestPeriod;
  week: DeskReport;
  weekBefore: DeskReport;
  recipients: string[];
}): WeeklyReport {
  const { desk, period, week, weekBefore } = options;
  const zone = deskTimeZone(desk);
  return {
    teamRef: desk.teamRef,
    timeZone: zone,
    date: period.date.toISODate()!,
    dueAt: toWireInstant(period.dueAt, zone),
    enabled: digestSettingsOf(desk).weekly.enabled,
    recipients: options.recipients,
    link: deskPath(desk.teamRef),
    ...weeksOfReport(period.date),
    figures: weeklyFigureNames.map(
      (name): WeeklyFigure => ({
        name,
        week: figureOf[name](week.totals),
        weekBefore: figureOf[name](weekBefore.totals),
      }),
    ),
    breaches: week.breaches,
    people: [...week.people].sort(
      (a, b) =>
        b.requestsHandled - a.requestsHandled ||
        b.minutesSpent - a.minutesSpent,
    ),
    topics: week.interrupts.topics
      .filter(topic => topic.requests > 0)
      .sort(
        (a, b) => b.requests - a.requests || b.minutesSpent - a.minutesSpent,
      )
      .slice(0, TOP_TOPICS),
    documentationGaps: week.documentationGaps,
  };
}
