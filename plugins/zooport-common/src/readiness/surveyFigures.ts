import {
  SURVEY_DROP,
  SURVEY_MIN_RESPONSES,
  SurveyMonthFigures,
  SurveySpread,
} from './survey';

/** How many answers gave each score in one month: score → count. */
export type ScoreCounts = ReadonlyMap<number, number>;

/** The scores as a sorted list, from their counts. */
function sortedScores(counts: ScoreCounts): number[] {
  return [...counts.entries()]
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a - b)
    .flatMap(([score, count]) => Array<number>(count).fill(score));
}

/** The median of sorted numbers: the middle one, or the mean of the two. */
function medianOf(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The lowest, highest and quartiles of sorted scores; a quartile is the
 * median of the lower or upper half (the middle score left out of both).
 */
function spreadOf(sorted: number[]): SurveySpread {
  const half = Math.floor(sorted.length / 2);
  return {
    lowest: sorted[0],
    lowerQuartile: medianOf(sorted.slice(0, half)),
    upperQuartile: medianOf(sorted.slice(sorted.length - half)),
    highest: sorted[sorted.length - 1],
  };
}

/**
 * One month's figures from its score counts and comments: only the
 * number of answers below `SURVEY_MIN_RESPONSES`. `drop` is left false;
 * `flagDrops` sets it across months.
 *
 * @public
 */
export function surveyMonthFigures(
  month: string,
  counts: ScoreCounts,
  comments: string[],
): SurveyMonthFigures {
  const sorted = sortedScores(counts);
  if (sorted.length < SURVEY_MIN_RESPONSES) {
    return { month, responses: sorted.length, shown: false, drop: false };
  }
  return {
    month,
    responses: sorted.length,
    shown: true,
    median: medianOf(sorted),
    spread: spreadOf(sorted),
    comments,
    drop: false,
  };
}

/**
 * Flags each shown month whose median is `SURVEY_DROP` or more below the
 * median of the latest shown month before it; months not shown are
 * skipped over, never compared. `months` are oldest first.
 *
 * @public
 */
export function flagDrops(months: SurveyMonthFigures[]): SurveyMonthFigures[] {
  let previous: number | undefined;
  return months.map(figures => {
    if (figures.median === undefined) {
      return figures;
    }
    const drop =
      previous !== undefined && previous - figures.median >= SURVEY_DROP;
    previous = figures.median;
    return { ...figures, drop };
  });
}
