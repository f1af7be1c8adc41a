import {
  ClockFigures,
  DeflectionFigures,
  OrgReportDetail,
  OrgReportRow,
  ReportPeriod,
  share,
} from '@zooport/plugin-zooport-common';
import { ClockTally, RangeTallies } from '../database/RangeTallyStore';

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

const clockFigures = (clock: ClockTally): ClockFigures => ({
  counted: clock.counted,
  met: clock.met,
  metShare: share(clock.met, clock.counted),
  medianMinutes: null,
  p90Minutes: null,
});

const deflection = (
  categorised: number,
  deflected: number,
): DeflectionFigures => ({
  resolved: categorised,
  deflected,
  share: share(deflected, categorised),
});

/** One desk's row of the org report from what the database counted. */
export function orgReportRowOf(
  desk: { teamRef: string; timeZone: string },
  periods: readonly ReportPeriod[],
  tallies: RangeTallies,
  detail: OrgReportDetail,
): OrgReportRow {
  let open = 0;
  const buckets = periods.map(({ label, start, end }, i) => {
    open += tallies.openChanges[i];
    return {
      label,
      start,
      end,
      filed: tallies.filed[i],
      resolved: tallies.resolved[i],
      open,
      deflection: deflection(tallies.categorised[i], tallies.deflected[i]),
    };
  });
  const { firstResponse, resolution } = tallies;
  return {
    teamRef: desk.teamRef,
    timeZone: desk.timeZone,
    from: periods[0].start,
    to: periods[periods.length - 1].end,
    buckets: detail === 'buckets' ? buckets : [],
    totals: {
      filed: sum(tallies.filed),
      resolved: sum(tallies.resolved),
      openAtEnd: buckets.length ? buckets[buckets.length - 1].open : 0,
      firstResponse: clockFigures(firstResponse),
      resolution: clockFigures(resolution),
      breaches:
        firstResponse.counted -
        firstResponse.met +
        resolution.counted -
        resolution.met,
      deflection: deflection(sum(tallies.categorised), sum(tallies.deflected)),
      minutesSpent: tallies.minutesSpent,
    },
  };
}
