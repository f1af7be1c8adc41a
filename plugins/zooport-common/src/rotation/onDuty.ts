import { DateTime } from 'luxon';
import { ShiftBounds, shiftAt } from './shifts';
import {
  OnDutyMember,
  RotationOverride,
  RotationParticipant,
  RotationSpec,
} from './types';

/** Days on which the team supports at all, e.g. Mon–Wed; absent = every day. */
export interface SupportCalendar {
  timeZone: string;
  supportDays?: number[];
}

/** @public */
export interface OnDutyAt {
  shift?: ShiftBounds;
  onDuty: OnDutyMember[];
  observers: string[];
}

function positiveModulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/**
 * The participants the rotation puts on shift `index`, primary first. Each
 * shift takes the next `membersPerShift` participants in order.
 *
 * @public
 */
export function rotationMembers(
  spec: RotationSpec,
  index: number,
): RotationParticipant[] {
  const count = spec.participants.length;
  if (count === 0) {
    return [];
  }
  const anchor = spec.anchor ?? { shift: 0, position: 0 };
  if (anchor.members && index === anchor.shift) {
    return anchor.members.flatMap(
      userRef => spec.participants.find(p => p.userRef === userRef) ?? [],
    );
  }
  const first = anchor.position + (index - anchor.shift) * spec.membersPerShift;
  const members: RotationParticipant[] = [];
  for (let slot = 0; slot < Math.min(spec.membersPerShift, count); slot++) {
    members.push(spec.participants[positiveModulo(first + slot, count)]);
  }
  return members;
}

function isActive(override: RotationOverride, at: DateTime): boolean {
  return (
    DateTime.fromISO(override.start) <= at &&
    at < DateTime.fromISO(override.end)
  );
}

/** Whether the desk supports on the day of `at`, on its wall clock. */
export function isSupportDay(
  calendar: SupportCalendar | undefined,
  at: DateTime,
) {
  if (!calendar?.supportDays?.length) {
    return true;
  }
  return calendar.supportDays.includes(at.setZone(calendar.timeZone).weekday);
}

/**
 * Applies the overrides active at `at` to the rotation's members:
 * `remove` leaves a gap, `replace` puts someone in the same role, `add`
 * joins as a secondary.
 */
function applyOverrides(
  members: OnDutyMember[],
  overrides: RotationOverride[],
  at: DateTime,
): OnDutyMember[] {
  let result = members;
  for (const override of overrides.filter(o => isActive(o, at))) {
    if (override.kind === 'remove') {
      result = result.filter(m => m.userRef !== override.userRef);
    } else if (override.kind === 'replace' && override.replacementRef) {
      const replacement = override.replacementRef;
      result = result.map(m =>
        m.userRef === override.userRef
          ? { userRef: replacement, role: m.role, source: 'override' }
          : m,
      );
    } else if (
      override.kind === 'add' &&
      !result.some(m => m.userRef === override.userRef)
    ) {
      result = [
        ...result,
        { userRef: override.userRef, role: 'secondary', source: 'override' },
      ];
    }
  }
  return result;
}

/**
 * Who is on duty at `at` during shift `shiftIndex` (undefined: before the
 * rotation starts).
 *
 * The fallback steps in wherever the rotation leaves a place empty: before
 * the first shift, on a day without support, when there are fewer
 * participants than places, or when an override removes someone.
 *
 * @public
 */
export function membersOnDuty(
  spec: RotationSpec,
  overrides: RotationOverride[],
  shiftIndex: number | undefined,
  at: DateTime,
  calendar?: SupportCalendar,
): OnDutyMember[] {
  let onDuty: OnDutyMember[] = [];
  if (shiftIndex !== undefined && isSupportDay(calendar, at)) {
    const fromRotation: OnDutyMember[] = rotationMembers(spec, shiftIndex).map(
      (participant, slot) => ({
        userRef: participant.userRef,
        role: slot === 0 ? 'primary' : 'secondary',
        source: 'rotation',
      }),
    );
    onDuty = applyOverrides(fromRotation, overrides, at);
  }
  const places = Math.max(spec.membersPerShift, 1);
  if (
    spec.fallback &&
    onDuty.length < places &&
    !onDuty.some(m => m.userRef === spec.fallback)
  ) {
    onDuty = [
      ...onDuty,
      { userRef: spec.fallback, role: 'fallback', source: 'rotation' },
    ];
  }
  return onDuty;
}

/**
 * Who is on duty at `at`, in which shift, and who observes.
 *
 * @public
 */
export function onDutyAt(
  spec: RotationSpec,
  overrides: RotationOverride[],
  at: DateTime,
  calendar?: SupportCalendar,
): OnDutyAt {
  const shift = shiftAt(spec, at);
  return {
    shift,
    onDuty: membersOnDuty(spec, overrides, shift?.index, at, calendar),
    observers: [...spec.observers],
  };
}
