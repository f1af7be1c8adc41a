import { DateTime, Interval } from 'luxon';
import { deskTimeZone } from '../desks/timeZone';
import { Desk } from '../desks/types';
import { openSpansBetween } from '../requests/businessTime';
import { Span } from '../requests/spans';
import { ScheduledShift } from '../rotation/schedule';
import { toWireInstant } from '../time/wallClock';
import { DigestPeriod, weekAfter } from './due';
import { rotationEditorPath } from './links';
import { digestHeading } from './heading';
import { PlannedDuty, PlanningGap, PlanningReminder } from './types';

type PlanningDesk = Pick<Desk, 'teamRef' | 'hours' | 'rotation' | 'digests'>;

const spanOf = (start: string, end: string) =>
  Interval.fromDateTimes(DateTime.fromISO(start), DateTime.fromISO(end));

/**
 * Each person's stretches on duty within `week`, in order: a segment cut
 * to the week, and joined to the one before when the same person goes on
 * in the same role.
 */
function dutiesWithin(
  shifts: ScheduledShift[],
  week: Span,
  nameOf: (userRef: string) => string,
  zone: string,
): PlannedDuty[] {
  const duties: PlannedDuty[] = [];
  const open = new Map<string, PlannedDuty>();
  for (const segment of shifts.flatMap(shift => shift.segments)) {
    const within = spanOf(segment.start, segment.end).intersection(week);
    if (!within?.isValid || within.isEmpty()) {
      continue;
    }
    const start = toWireInstant(within.start!, zone);
    const end = toWireInstant(within.end!, zone);
    for (const member of segment.onDuty) {
      const key = `${member.userRef}|${member.role}|${member.source}`;
      const previous = open.get(key);
      if (previous && previous.end === start) {
        previous.end = end;
        continue;
      }
      const duty = { ...member, name: nameOf(member.userRef), start, end };
      duties.push(duty);
      open.set(key, duty);
    }
  }
  return duties;
}

/**
 * The desk's open time within `week` that no segment covers with someone
 * from the rotation or an override: the fallback alone is a gap, as the
 * schedule marks it.
 */
function gapsWithin(
  desk: PlanningDesk,
  shifts: ScheduledShift[],
  week: Span,
  zone: string,
): PlanningGap[] {
  const covered = shifts
    .flatMap(shift => shift.segments)
    .filter(segment => segment.onDuty.some(m => m.role !== 'fallback'))
    .map(segment => spanOf(segment.start, segment.end));
  return openSpansBetween(desk.hours, week.start, week.end)
    .flatMap(open => open.difference(...covered))
    .filter(gap => gap.isValid && !gap.isEmpty())
    .map(gap => ({
      start: toWireInstant(gap.start!, zone),
      end: toWireInstant(gap.end!, zone),
    }));
}

/**
 * A desk's planning reminder for `period`: who the schedule (rotation,
 * overrides and fallback, as `scheduleBetween` works it out) puts on duty
 * in the calendar week after the reminder's, and the support-hours time
 * in it that nobody covers. `shifts` is the desk's schedule over that week.
 *
 * @public
 */
export function planningReminder(options: {
  desk: PlanningDesk;
  period: DigestPeriod;
  shifts: ScheduledShift[];
  /** Names the people on duty and the fallback. */
  nameOf: (userRef: string) => string;
  recipients: string[];
}): PlanningReminder {
  const { desk, period, shifts, nameOf } = options;
  const fallback = desk.rotation?.fallback;
  const zone = deskTimeZone(desk);
  const next = weekAfter(desk, period);
  const week = Interval.fromDateTimes(next.start, next.end) as Span;
  return {
    ...digestHeading(desk, period, 'planning', options.recipients),
    link: rotationEditorPath(desk.teamRef),
    nextWeek: next.days,
    onDuty: dutiesWithin(shifts, week, nameOf, zone),
    gaps: gapsWithin(desk, shifts, week, zone),
    fallback: fallback ? { userRef: fallback, name: nameOf(fallback) } : null,
  };
}
