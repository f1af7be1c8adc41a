import { SurveyMonthFigures, Workshop } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/** One month of the trend chart. */
export interface SurveyTrendPoint {
  /** `YYYY-MM`. */
  month: string;
  /** "Nov 2026". */
  label: string;
  responses: number;
  /** Workshops held in the month, on the desk's wall clock. */
  workshops: number;
  /** Undefined for a month with fewer than three answers: no dot, no band. */
  median?: number;
  /** [lower quartile, upper quartile], a band recharts draws as a range. */
  quartiles?: [number, number];
  /** [lowest, highest]. */
  range?: [number, number];
  drop: boolean;
}

/** A `YYYY-MM` month as the chart labels it. */
export const monthLabel = (month: string) =>
  DateTime.fromFormat(month, 'yyyy-MM').toFormat('LLL yyyy');

/** How many held workshops started in each month (`YYYY-MM`) in `zone`. */
function heldPerMonth(workshops: Workshop[], zone: string) {
  const counts = new Map<string, number>();
  for (const workshop of workshops.filter(w => w.held)) {
    const month = DateTime.fromISO(workshop.startsAt, { zone }).toFormat(
      'yyyy-MM',
    );
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return counts;
}

/**
 * The survey's months as chart points, with the workshops held in each:
 * a month shown by the API carries its median and spread, one hidden
 * (fewer than three answers) only its number of answers.
 */
export function surveyTrendPoints(
  months: SurveyMonthFigures[],
  workshops: Workshop[],
  zone: string,
): SurveyTrendPoint[] {
  const held = heldPerMonth(workshops, zone);
  return months.map(figures => ({
    month: figures.month,
    label: monthLabel(figures.month),
    responses: figures.responses,
    workshops: held.get(figures.month) ?? 0,
    median: figures.shown ? figures.median : undefined,
    quartiles: figures.spread && [
      figures.spread.lowerQuartile,
      figures.spread.upperQuartile,
    ],
    range: figures.spread && [figures.spread.lowest, figures.spread.highest],
    drop: figures.drop,
  }));
}
