import { DateTime } from 'luxon';
import { rotationMembers, SupportCalendar } from './onDuty';
import { scheduleBetween } from './schedule';
import {
  OnDutyMember,
  OnDutyRole,
  RotationOverride,
  RotationSpec,
} from './types';

/**
 * What a recorded stretch of duty came from: the rotation, an override, or
 * the fallback stepping into an empty place.
 *
 * @public
 */
export type DutySource = 'rotation' | 'override' | 'fallback';

/**
 * One person's stretch of duty in one role, as recorded when it happened.
 * `end` is null while the stretch is still running.
 *
 * @public
 */
export interface RecordedStretch {
  userRef: string;
  role: OnDutyRole | 'observer';
  source: DutySource;
  start: string;
  end: string | null;
}

/**
 * A shift as recorded: from the handoff (or the edit that changed its
 * people) to the next one. `members` are the people the rotation put on it,
 * primary first, before overrides. `end` is null while it runs.
 *
 * @public
 */
export interface RecordedShift {
  index: number;
  start: string;
  end: string | null;
  members: string[];
}

/**
 * An instant as the record writes it (ISO text), to compare and count with.
 *
 * @public
 */
export function recordedInstant(iso: string): DateTime {
  return DateTime.fromISO(iso);
}

/**
 * A desk's rotation as saved from `from` on, until the next revision.
 *
 * @public
 */
export interface RotationInForce {
  from: DateTime;
  rotation: RotationSpec | null;
  calendar: SupportCalendar;
}

/**
 * The revision in force at `at`: the last written by then, if any.
 *
 * @public
 */
export function rotationInForceAt(
  rotations: RotationInForce[],
  at: DateTime,
): RotationInForce | undefined {
  return rotations.filter(r => r.from <= at).pop();
}

/**
 * The zone a revision's times are written in: its rotation's, or else its
 * support hours' (as `deskTimeZone` does for the desk as it is now).
 *
 * @public
 */
export function zoneInForce(inForce: RotationInForce): string {
  return inForce.rotation?.timeZone ?? inForce.calendar.timeZone;
}

/**
 * An override as it existed: from its creation until its deletion, if any.
 *
 * @public
 */
export interface OverrideInForce {
  override: RotationOverride;
  from: DateTime;
  until?: DateTime;
}

/**
 * Who holds a stretch of duty, in which role, from what.
 *
 * @public
 */
export type StretchKey = Pick<RecordedStretch, 'userRef' | 'role' | 'source'>;

/**
 * From `at` on, these people are on duty (and observe) in this shift.
 *
 * @public
 */
export interface DutyMoment {
  at: DateTime;
  stretches: StretchKey[];
  shift?: { index: number; start: DateTime; members: string[] };
}

function stretchKeyOf(member: OnDutyMember): StretchKey {
  return {
    userRef: member.userRef,
    role: member.role,
    source: member.role === 'fallback' ? 'fallback' : member.source,
  };
}

/** Instants in (from, to) at which a revision or an override came or went. */
function stateChanges(
  rotations: RotationInForce[],
  overrides: OverrideInForce[],
  from: DateTime,
  to: DateTime,
): DateTime[] {
  const points = [
    from,
    ...rotations.map(r => r.from),
    ...overrides.flatMap(o => (o.until ? [o.from, o.until] : [o.from])),
  ].filter(point => point >= from && point < to);
  const unique = [...new Set(points.map(point => point.toMillis()))].sort(
    (a, b) => a - b,
  );
  return unique.map(millis => DateTime.fromMillis(millis));
}

/** The overrides that existed at `at`: created, and not yet deleted. */
function overridesAt(overrides: OverrideInForce[], at: DateTime) {
  return overrides
    .filter(o => o.from <= at && !(o.until && o.until <= at))
    .map(o => o.override);
}

/**
 * Who was on duty from `from` to `to`, as the rotation and overrides in
 * force at each instant put them: every instant at which that changed.
 * A revision counts from when it was written and an override from when
 * it was created until it was deleted, so an edit after the fact changes
 * nothing before it. The caller bounds the stretch: the rotation is laid
 * out over all of it.
 *
 * @public
 */
export function dutyMoments(
  rotations: RotationInForce[],
  overrides: OverrideInForce[],
  from: DateTime,
  to: DateTime,
): DutyMoment[] {
  const points = stateChanges(rotations, overrides, from, to);
  return points.flatMap((start, i): DutyMoment[] => {
    const end = points[i + 1] ?? to;
    const inForce = rotationInForceAt(rotations, start);
    const spec = inForce?.rotation;
    if (!inForce || !spec) {
      return [{ at: start, stretches: [] }];
    }
    const active = overridesAt(overrides, start);
    const observers: StretchKey[] = spec.observers.map(userRef => ({
      userRef,
      role: 'observer',
      source: 'rotation',
    }));
    return scheduleBetween(spec, active, start, end, inForce.calendar).flatMap(
      shift =>
        shift.segments
          .filter(
            segment =>
              DateTime.fromISO(segment.end) > start &&
              DateTime.fromISO(segment.start) < end,
          )
          .map(segment => ({
            at: DateTime.max(DateTime.fromISO(segment.start), start),
            stretches: [...segment.onDuty.map(stretchKeyOf), ...observers],
            shift: {
              index: shift.index,
              start: DateTime.fromISO(shift.start),
              members: rotationMembers(spec, shift.index).map(p => p.userRef),
            },
          })),
    );
  });
}

/**
 * When who is on duty next changes, at `at` or later, by the rotation and
 * overrides in force at `at`: a handoff, an override beginning or ending,
 * a support day beginning or ending. Undefined while there is no rotation,
 * which only a new revision changes; so do new and deleted overrides,
 * which the caller watches for.
 *
 * @public
 */
export function nextDutyChange(
  rotation: RotationInForce | undefined,
  overrides: OverrideInForce[],
  at: DateTime,
): DateTime | undefined {
  const spec = rotation?.rotation;
  if (!rotation || !spec) {
    return undefined;
  }
  const [shift] = scheduleBetween(
    spec,
    overridesAt(overrides, at),
    at,
    at.plus({ milliseconds: 1 }),
    rotation.calendar,
  );
  const changes = [
    shift.start,
    ...shift.segments.map(segment => segment.start),
    shift.end,
  ]
    .map(recordedInstant)
    .filter(change => change >= at);
  return DateTime.min(...changes) ?? undefined;
}

/**
 * What the record holds open where a recording run starts.
 *
 * @public
 */
export interface OpenRecord {
  shift?: RecordedShift;
  stretches: RecordedStretch[];
}

/**
 * The rows a recording run writes: rows that were open and ended, and new
 * rows (ended already when they ended within the run).
 *
 * @public
 */
export interface RecordWrites {
  closedShifts: (RecordedShift & { end: string })[];
  openedShifts: RecordedShift[];
  closedStretches: (StretchKey & { start: string; end: string })[];
  openedStretches: RecordedStretch[];
}

const sameKey = (a: StretchKey, b: StretchKey) =>
  a.userRef === b.userRef && a.role === b.role && a.source === b.source;

/**
 * Carries the record forward over `moments`: a stretch goes on while its
 * person keeps the role, and ends when they leave it. A shift ends at a
 * handoff or when an edit puts other people on it; an edit that keeps its
 * people keeps it, with the start it had.
 *
 * @public
 */
export function advanceRecord(
  open: OpenRecord,
  moments: DutyMoment[],
): RecordWrites {
  const writes: RecordWrites = {
    closedShifts: [],
    openedShifts: [],
    closedStretches: [],
    openedStretches: [],
  };
  let shift = open.shift;
  let stretches = open.stretches;
  const end = <Row extends { start: string; end: string | null }>(
    row: Row,
    at: string,
    opened: Row[],
    closed: (Row & { end: string })[],
  ) => {
    if (opened.includes(row)) {
      row.end = at;
    } else {
      closed.push({ ...row, end: at });
    }
  };
  for (const moment of moments) {
    const at = moment.at.toUTC().toISO()!;
    const next = moment.shift;
    const handoff =
      !next ||
      !shift ||
      +next.start === +moment.at ||
      next.members.join(' ') !== shift.members.join(' ');
    if (handoff) {
      if (shift) {
        end(shift, at, writes.openedShifts, writes.closedShifts);
      }
      shift = next && {
        index: next.index,
        start: at,
        end: null,
        members: next.members,
      };
      if (shift) {
        writes.openedShifts.push(shift);
      }
    }
    const running = stretches;
    const kept = running.filter(s => moment.stretches.some(k => sameKey(s, k)));
    for (const ended of running.filter(s => !kept.includes(s))) {
      end(ended, at, writes.openedStretches, writes.closedStretches);
    }
    const started = moment.stretches
      .filter(k => !running.some(s => sameKey(s, k)))
      .map(k => ({ ...k, start: at, end: null }));
    writes.openedStretches.push(...started);
    stretches = [...kept, ...started];
  }
  return writes;
}
