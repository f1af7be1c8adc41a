import { ReportTotals } from '@zooport/plugin-zooport-common';
import { formatMinutes } from '../../../time';
import { percentOf } from '../shared/chartNumbers';

/** A headline figure of the range, and how it moved since the period before. */
export interface HeadlineFigure {
  term: string;
  value: string;
  /** e.g. "+5 vs previous period"; undefined when either side has none. */
  change?: string;
  /** The start of `change` that says how much, e.g. "+5" or "same". */
  changeAmount?: string;
}

type Reading = {
  term: string;
  of: (totals: ReportTotals) => number | null;
  /** How the figure and a difference of it read. */
  kind: 'count' | 'share' | 'minutes';
  /** Only a desk's own report has it: the org report leaves medians out. */
  deskOnly?: true;
};

/** Whose totals: a desk's own report, or a row of the org report. */
export type ReportScope = 'desk' | 'org';

const readings: Reading[] = [
  { term: 'Filed', of: totals => totals.filed, kind: 'count' },
  { term: 'Resolved', of: totals => totals.resolved, kind: 'count' },
  { term: 'Open at the end', of: totals => totals.openAtEnd, kind: 'count' },
  {
    term: 'First response within SLA',
    of: totals => totals.firstResponse.metShare,
    kind: 'share',
  },
  {
    term: 'Resolution within SLA',
    of: totals => totals.resolution.metShare,
    kind: 'share',
  },
  {
    term: 'Median time to first response',
    of: totals => totals.firstResponse.medianMinutes,
    kind: 'minutes',
    deskOnly: true,
  },
  {
    term: 'Median time to resolve',
    of: totals => totals.resolution.medianMinutes,
    kind: 'minutes',
    deskOnly: true,
  },
  { term: 'SLA breaches', of: totals => totals.breaches, kind: 'count' },
  {
    term: 'Deflected',
    of: totals => totals.deflection.share,
    kind: 'share',
  },
  { term: 'Time spent', of: totals => totals.minutesSpent, kind: 'minutes' },
];

const readingsOf = (scope: ReportScope) =>
  scope === 'desk' ? readings : readings.filter(reading => !reading.deskOnly);

/** The headline figures' names, in the order they come. */
export function headlineTerms(scope: ReportScope): string[] {
  return readingsOf(scope).map(reading => reading.term);
}

function valueText(kind: Reading['kind'], value: number): string {
  if (kind === 'share') {
    return `${percentOf(value)}%`;
  }
  return kind === 'minutes' ? formatMinutes(value) : String(value);
}

function changeOf(kind: Reading['kind'], now: number, before: number) {
  const difference =
    kind === 'share' ? percentOf(now) - percentOf(before) : now - before;
  if (difference === 0) {
    return { changeAmount: 'same', change: 'same as previous period' };
  }
  const sign = difference > 0 ? '+' : '−';
  const size = Math.abs(difference);
  const changeAmount = `${sign}${
    kind === 'share' ? `${size} points` : valueText(kind, size)
  }`;
  return { changeAmount, change: `${changeAmount} vs previous period` };
}

/** The range's headline figures, each compared with the period before. */
export function headlineFigures(
  totals: ReportTotals,
  previous?: ReportTotals,
  scope: ReportScope = 'desk',
): HeadlineFigure[] {
  return readingsOf(scope).map(({ term, of, kind }) => {
    const now = of(totals);
    const before = previous ? of(previous) : null;
    return {
      term,
      value: now === null ? '–' : valueText(kind, now),
      ...(now !== null && before !== null && changeOf(kind, now, before)),
    };
  });
}
