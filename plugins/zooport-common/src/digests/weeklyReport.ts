import { deskTimeZone } from '../desks/timeZone';
import { Desk } from '../desks/types';
import { DeskReport, ReportRequest, ReportTotals } from '../reports/types';
import { instantAtWallClock } from '../time/wallClock';
import { DigestPeriod, weeksOfReport } from './due';
import { deskPath } from './links';
import { recurringTopics } from './recurringTopics';
import { digestHeading } from './heading';
import {
  WeeklyFigure,
  weeklyFigureNames,
  WeeklyFigureName,
  WeeklyReport,
} from './types';

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
 * API's figures) over the week before it and the week before that (see
 * `weeksOfReport`), and the requests the week's report was made of, whose
 * topics it counts.
 *
 * @public
 */
export function weeklyReport(options: {
  desk: Pick<Desk, 'teamRef' | 'hours' | 'rotation' | 'digests' | 'topics'>;
  period: DigestPeriod;
  week: DeskReport;
  weekBefore: DeskReport;
  weekRequests: Pick<ReportRequest, 'title' | 'resolvedAt' | 'resolution'>[];
  recipients: string[];
}): WeeklyReport {
  const { desk, period, week, weekBefore } = options;
  const zone = deskTimeZone(desk);
  const days = weeksOfReport(period.date);
  return {
    ...digestHeading(desk, period, 'weekly', options.recipients),
    link: deskPath(desk.teamRef),
    ...days,
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
    topics: recurringTopics(
      options.weekRequests,
      desk.topics,
      instantAtWallClock(period.date.minus({ weeks: 1 }), '00:00', zone),
      instantAtWallClock(period.date, '00:00', zone),
    ),
    documentationGaps: week.documentationGaps,
  };
}
