import { DateTime, Interval } from 'luxon';

/** A non-empty, valid stretch of time, [start, end). */
export type Span = Interval<true>;

/** The span [start, end), or undefined when it holds no time. */
export function spanBetween(start: DateTime, end: DateTime): Span | undefined {
  const span = Interval.fromDateTimes(start, end);
  return span.isValid && !span.isEmpty() ? span : undefined;
}

/** Sorted, with overlapping and touching spans joined. */
export function mergeSpans(spans: Span[]): Span[] {
  return Interval.merge(spans).filter((span): span is Span => span.isValid);
}
