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
  if (calendar?.supportDays?.length) {
    let midnight = shift.start.setZone(calendar.timeZone).startOf('day');
    while (midnight < shift.end) {
      midnight = midnight.plus({ days: 1 });
      points.push(midnight);
    }
  }
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
  const points = breakpoints(shift, overrides, calendar);
  const segments: ScheduledSegment[] = [];
  points.forEach((point, i) => {
    const end = points[i + 1] ?? shift.end;
    const onDuty = membersOnDuty(spec, overrides, shift.index, point, calendar);
    const supportDay = isSupportDay(calendar, point);
    const previous = segments[segments.length - 1];
    if (
      previous &&
      previous.supportDay === supportDay &&
      sameMembers(previous.onDuty, onDuty)
    ) {
      previous.end = toWireInstant(end, spec.timeZone);
      return;
    }
    segments.push({
      start: toWireInstant(point, spec.timeZone),
      end: toWireInstant(end, spec.timeZone),
      onDuty,
      supportDay,
      gap: supportDay && !onDuty.some(m => m.role !== 'fallback'),
      missingCapabilities: supportDay ? missingCapabilities(spec, onDuty) : [],
    });
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
