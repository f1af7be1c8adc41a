import { DateTime, Interval } from 'luxon';
import { SupportHours } from '../desks/types';
import { businessTimeBetween } from '../requests/businessTime';
import { RecordedStretch } from '../rotation/dutyRecord';
import { firstFrom } from './periods';
import { spread } from './statistics';
import { FairnessFigures, PersonFigures, ReportRequest } from './types';

/** Hours to the hundredth. */
const roundedHours = (hours: number) => Math.round(hours * 100) / 100;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Each person's time on duty within `range`: their stretches in any role
 * but observer, a running one up to the end of the range, merged where
 * they overlap (one person in two roles is on duty once).
 */
function dutyOf(
  stretches: RecordedStretch[],
  range: Interval,
): Map<string, Interval[]> {
  const byPerson = new Map<string, Interval[]>();
  for (const stretch of stretches) {
    if (stretch.role === 'observer') continue;
    const start = DateTime.fromISO(stretch.start);
    const end = stretch.end ? DateTime.fromISO(stretch.end) : range.end!;
    const whole = Interval.fromDateTimes(start, end);
    // A running stretch that starts after the range ends before it starts:
    // an invalid interval, which intersection() would hand back as is.
    if (!whole.isValid) continue;
    const within = whole.intersection(range);
    if (within && !within.isEmpty()) {
      byPerson.set(stretch.userRef, [
        ...(byPerson.get(stretch.userRef) ?? []),
        within,
      ]);
    }
  }
  return new Map(
    [...byPerson].map(([person, intervals]) => [
      person,
      Interval.merge(intervals),
    ]),
  );
}

/** How many of `sorted` (stored instants) lie in `interval`, end excluded. */
function countWithin(sorted: string[], interval: Interval): number {
  const [start, end] = [interval.start!, interval.end!].map(
    at => at.toUTC().toISO()!,
  );
  return firstFrom(sorted, end) - firstFrom(sorted, start);
}

/** The figures of the people who handled requests or were on duty. */
export function peopleOf(options: {
  /** Requests resolved in the range. */
  resolved: ReportRequest[];
  /** Requests filed in the range. */
  filed: ReportRequest[];
  stretches: RecordedStretch[];
  /** The range, ended where the record of shifts (or time) stops. */
  dutyRange: Interval;
  hours: SupportHours;
}): PersonFigures[] {
  const duty = dutyOf(options.stretches, options.dutyRange);
  const people = new Set([
    ...options.resolved.flatMap(r => r.assigneeRef ?? []),
    ...duty.keys(),
  ]);
  // Filing instants as stored, UTC ISO text, which sorts as time does: each
  // stretch on duty costs two binary searches, not a date parse per request.
  const filedAt = options.filed.map(r => r.createdAt).sort();
  return [...people].sort().map(userRef => {
    const handled = options.resolved.filter(r => r.assigneeRef === userRef);
    const onDuty = duty.get(userRef) ?? [];
    const outside = onDuty.map(interval =>
      interval
        .toDuration()
        .minus(
          businessTimeBetween(options.hours, interval.start!, interval.end!),
        )
        .as('hours'),
    );
    return {
      userRef,
      requestsHandled: handled.length,
      minutesSpent: sum(handled.map(r => r.resolution?.minutesSpent ?? 0)),
      hoursOnDuty: roundedHours(sum(onDuty.map(i => i.length('hours')))),
      hoursOnDutyOutsideSupportHours: roundedHours(sum(outside)),
      // The merged stretches do not overlap: no request is counted twice.
      requestsWhileOnDuty: sum(onDuty.map(i => countWithin(filedAt, i))),
    };
  });
}

/** How evenly each figure is spread over the people of the report. */
export function fairnessOf(people: PersonFigures[]): FairnessFigures {
  const of = (figure: keyof Omit<PersonFigures, 'userRef'>) =>
    spread(people.map(person => person[figure]));
  return {
    requestsHandled: of('requestsHandled'),
    minutesSpent: of('minutesSpent'),
    hoursOnDuty: of('hoursOnDuty'),
    hoursOnDutyOutsideSupportHours: of('hoursOnDutyOutsideSupportHours'),
  };
}
