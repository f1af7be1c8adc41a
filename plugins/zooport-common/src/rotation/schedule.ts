import { DateTime } from 'luxon';
import { isSupportDay, membersOnDuty, SupportCalendar } from './onDuty';
import { shiftAt, shiftBounds, ShiftBounds } from './shifts';
import { OnDutyMember, RotationOverride, RotationSpec } from './types';
import { toWireInstant } from '../time/wallClock';

/**
 * A stretch of a shift during which the same people are on duty.
 *
 * @public
 */
export interface ScheduledSegment {
  start: string;
  end: string;
  onDuty: OnDutyMember[];
  /**
   * False on days the desk does not support (`supportDays`): only the
   * fallback, if any, answers then, and that is no gap.
   */
  supportDay: boolean;
  /** On a support day, nobody from the rotation or an override is on duty (at most the fallback). */
  gap: boolean;
  /** Required capabilities that nobody on duty has. */
  missingCapabilities: string[];
}

/** @public */
export interface ScheduledShift {
  index: number;
  start: string;
  end: string;
  segments: ScheduledSegment[];
  gap: boolean;
  missingCapabilities: string[];
}

/**
 * The midnights on the desk's wall clock after `start` and before `end`,
 * where a support day may begin or end; none when every day is one.
 */
export function supportDayBreaks(
  start: DateTime,
  end: DateTime,
  calendar: SupportCalendar | undefined,
): DateTime[] {
  const breaks: DateTime[] = [];
  if (!calendar?.supportDays?.length) {
    return breaks;
  }
  for (
    let midnight = start.setZone(calendar.timeZone).startOf('day').plus({
      days: 1,
    });
    midnight < end;
    midnight = midnight.plus({ days: 1 })
  ) {
    breaks.push(midnight);
  }
  return breaks;
}

/**
 * Segments from each of `points` (in order) to the next and the last to
 * `end`, written in `zone`; a point where neither the people on duty nor
 * the support day change continues the segment before it.
 */
export function segmentsFrom(options: {
  points: DateTime[];
  end: DateTime;
  zone: string;
  supportDayAt: (at: DateTime) => boolean;
  onDutyAt: (at: DateTime) => OnDutyMember[];
  missingCapabilities: (onDuty: OnDutyMember[]) => string[];
}): ScheduledSegment[] {
  const { points, end, zone } = options;
  const segments: ScheduledSegment[] = [];
  points.forEach((point, i) => {
    const to = points[i + 1] ?? end;
    const onDuty = options.onDutyAt(point);
    const supportDay = options.supportDayAt(point);
    const previous = segments[segments.length - 1];
    if (
      previous &&
      previous.supportDay === supportDay &&
      sameMembers(previous.onDuty, onDuty)
    ) {
      previous.end = toWireInstant(to, zone);
      return;
    }
    segments.push({
      start: toWireInstant(point, zone),
      end: toWireInstant(to, zone),
      onDuty,
      supportDay,
      gap: supportDay && !onDuty.some(m => m.role !== 'fallback'),
      missingCapabilities: supportDay
        ? options.missingCapabilities(onDuty)
        : [],
    });
  });
  return segments;
}

/** Instants inside the shift where who is on duty may change. */
function breakpoints(
  shift: ShiftBounds,
  overrides: RotationOverride[],
  calendar: SupportCalendar | undefined,
): DateTime[] {
  const points = [shift.start];
  for (const override of overrides) {
    points.push(
      DateTime.fromISO(override.start),
      DateTime.fromISO(override.end),
    );
  }
  points.push(...supportDayBreaks(shift.start, shift.end, calendar));
  const inside = points.filter(p => p >= shift.start && p < shift.end);
  const unique = [...new Set(inside.map(p => p.toMillis()))].sort(
    (a, b) => a - b,
  );
  return unique.map(millis => DateTime.fromMillis(millis));
}

function missingCapabilities(
  spec: RotationSpec,
  onDuty: OnDutyMember[],
): string[] {
  const capabilitiesOf = (userRef: string) =>
    spec.participants.find(p => p.userRef === userRef)?.capabilities ?? [];
  return (spec.requiredCapabilities ?? []).filter(
    capability =>
      !onDuty.some(member =>
        capabilitiesOf(member.userRef).includes(capability),
      ),
  );
}

function sameMembers(a: OnDutyMember[], b: OnDutyMember[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function scheduleShift(
  spec: RotationSpec,
  shift: ShiftBounds,
  overrides: RotationOverride[],
  calendar: SupportCalendar | undefined,
): ScheduledShift {
  const segments = segmentsFrom({
    points: breakpoints(shift, overrides, calendar),
    end: shift.end,
    zone: spec.timeZone,
    supportDayAt: point => isSupportDay(calendar, point),
    onDutyAt: point =>
      membersOnDuty(spec, overrides, shift.index, point, calendar),
    missingCapabilities: onDuty => missingCapabilities(spec, onDuty),
  });
  return {
    index: shift.index,
    start: toWireInstant(shift.start, spec.timeZone),
    end: toWireInstant(shift.end, spec.timeZone),
    segments,
    gap: segments.some(s => s.gap),
    missingCapabilities: [
      ...new Set(segments.flatMap(s => s.missingCapabilities)),
    ],
  };
}

/**
 * The shifts that overlap `from` ≤ t < `to`, with overrides applied, gaps
 * marked and rule violations flagged. The caller bounds the range.
 *
 * @public
 */
export function scheduleBetween(
  spec: RotationSpec,
  overrides: RotationOverride[],
  from: DateTime,
  to: DateTime,
  calendar?: SupportCalendar,
): ScheduledShift[] {
  const shifts: ScheduledShift[] = [];
  let index = shiftAt(spec, from)?.index ?? 0;
  for (;;) {
    const shift = shiftBounds(spec, index);
    if (shift.start >= to) {
      break;
    }
    shifts.push(scheduleShift(spec, shift, overrides, calendar));
    index += 1;
  }
  return shifts;
}
