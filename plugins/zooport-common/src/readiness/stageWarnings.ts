import { DateTime } from 'luxon';
import type { ScheduledShift } from '../rotation/schedule';
import type { OnDutyMember } from '../rotation/types';
import {
  ReadinessStage,
  ReadinessWarning,
  ReadinessWarningKind,
} from './stages';

/** How long a newcomer observes before their first shift. */
const OBSERVER_WEEK = { weeks: 1 };

/** A person's current stage and since when (ISO), as stored. */
export interface StageNow {
  stage: ReadinessStage;
  since: string;
}

/**
 * What the warnings are worked out from: the shifts ahead, the staged
 * people's stages (anyone absent is ready) and the rotation's observers.
 *
 * @public
 */
export interface ReadinessCheck {
  shifts: ScheduledShift[];
  stages: ReadonlyMap<string, StageNow>;
  observers: string[];
}

const stageOf = (check: ReadinessCheck, userRef: string): ReadinessStage =>
  check.stages.get(userRef)?.stage ?? 'ready';

/** The people on duty in a segment from the rotation or an override. */
const supporters = (onDuty: OnDutyMember[]) =>
  onDuty.filter(member => member.role !== 'fallback');

/** Someone a warning is about. */
type Flagged = { kind: ReadinessWarningKind; userRef: string };

/** The warnings of one stretch of the same people on duty. */
function segmentWarnings(
  check: ReadinessCheck,
  onDuty: OnDutyMember[],
): Flagged[] {
  const people = supporters(onDuty);
  const anyoneReady = people.some(m => stageOf(check, m.userRef) === 'ready');
  return people.flatMap(({ userRef, role }): Flagged[] => {
    const stage = stageOf(check, userRef);
    if (stage === 'ready') {
      return [];
    }
    if (people.length === 1) {
      return [{ kind: 'alone', userRef }];
    }
    const primaryTooEarly =
      role === 'primary' && (stage !== 'reverse-shadow' || !anyoneReady);
    return primaryTooEarly ? [{ kind: 'primary', userRef }] : [];
  });
}

/**
 * Whether an observer watched a week before `shiftStart`: listed among the
 * rotation's observers, and a week passed since they became one.
 */
function observedAWeek(
  check: ReadinessCheck,
  userRef: string,
  shiftStart: string,
): boolean {
  const since = check.stages.get(userRef)?.since;
  return (
    since !== undefined &&
    check.observers.includes(userRef) &&
    DateTime.fromISO(since).plus(OBSERVER_WEEK) <= DateTime.fromISO(shiftStart)
  );
}

/**
 * The warnings about people on duty before they are ready, per shift and
 * person, in shift order (see `ReadinessWarningKind`). Only support days
 * count; the fallback is never warned about.
 *
 * @public
 */
export function readinessWarnings(check: ReadinessCheck): ReadinessWarning[] {
  const warnings: ReadinessWarning[] = [];
  const seen = new Set<string>();
  const add = (
    shift: ScheduledShift,
    kind: ReadinessWarningKind,
    userRef: string,
  ) => {
    const key = `${shift.index}|${kind}|${userRef}`;
    if (!seen.has(key)) {
      seen.add(key);
      warnings.push({
        kind,
        userRef,
        stage: stageOf(check, userRef),
        shiftIndex: shift.index,
        shiftStart: shift.start,
      });
    }
  };
  const firstShiftChecked = new Set<string>();
  for (const shift of check.shifts) {
    for (const segment of shift.segments.filter(s => s.supportDay)) {
      for (const { kind, userRef } of segmentWarnings(check, segment.onDuty)) {
        add(shift, kind, userRef);
      }
      for (const { userRef } of supporters(segment.onDuty)) {
        if (
          stageOf(check, userRef) === 'observer' &&
          !firstShiftChecked.has(userRef)
        ) {
          firstShiftChecked.add(userRef);
          if (!observedAWeek(check, userRef, segment.start)) {
            add(shift, 'no-observer-week', userRef);
          }
        }
      }
    }
  }
  return warnings;
}
