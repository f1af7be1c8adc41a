import { DateTime } from 'luxon';
import { InstantSpan } from './queueFilters';

const atMidnight = (at: DateTime) => at.equals(at.startOf('day'));

/**
 * A span of instants as people say it, each on the wall clock of the
 * offset it is written with (a chart's link writes its desk's, so the
 * label names the days of the chart): whole days as "3–9 Nov" (the last
 * day included), other instants with their time, an open end as "from
 * 3 Nov" or "before 10 Nov".
 */
export function spanLabel(span: InstantSpan): string {
  const read = (iso: string) => DateTime.fromISO(iso, { setZone: true });
  const from = span.from ? read(span.from) : undefined;
  const to = span.to ? read(span.to) : undefined;
  const wholeDays = [from, to].every(end => !end || atMidnight(end));
  const dayFormat = (at: DateTime, withYear: boolean) =>
    at.toFormat(withYear ? 'd LLL yyyy' : 'd LLL');
  if (!wholeDays) {
    const format = (at: DateTime) => at.toFormat('d LLL HH:mm');
    if (from && to) return `${format(from)} – ${format(to)}`;
    return from ? `from ${format(from)}` : `before ${format(to!)}`;
  }
  if (!from || !to) {
    return from
      ? `from ${dayFormat(from, false)}`
      : `before ${dayFormat(to!, false)}`;
  }
  const last = to.minus({ days: 1 });
  if (last.toISODate()! <= from.toISODate()!) {
    return dayFormat(from, false);
  }
  if (last.year !== from.year) {
    return `${dayFormat(from, true)} – ${dayFormat(last, true)}`;
  }
  if (last.month !== from.month) {
    return `${dayFormat(from, false)} – ${dayFormat(last, false)}`;
  }
  return `${from.toFormat('d')}–${dayFormat(last, false)}`;
}
