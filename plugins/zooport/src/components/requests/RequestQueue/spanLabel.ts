import { DateTime } from 'luxon';
import { InstantSpan } from './queueFilters';

const atMidnight = (at: DateTime) => at.equals(at.startOf('day'));

/**
 * A span of instants in the viewer's zone as people say it: whole days as
 * "3–9 Nov" (the last day included), other instants with their time, an
 * open end as "from 3 Nov" or "before 10 Nov".
 */
export function spanLabel(span: InstantSpan): string {
  const from = span.from ? DateTime.fromISO(span.from).toLocal() : undefined;
  const to = span.to ? DateTime.fromISO(span.to).toLocal() : undefined;
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
  if (last <= from) {
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
