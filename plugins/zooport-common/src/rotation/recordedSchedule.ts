import { DateTime } from 'luxon';
import { toWireInstant } from '../time/wallClock';
import { isSupportDay } from './onDuty';
import {
  recordedInstant as instant,
  RecordedShift,
  RecordedStretch,
  RotationInForce,
  rotationInForceAt,
  zoneInForce,
} from './dutyRecord';
import { ScheduledShift, segmentsFrom, supportDayBreaks } from './schedule';
import { OnDutyMember } from './types';

const roleOrder = ['primary', 'secondary', 'fallback'];

function covers(stretch: RecordedStretch, at: DateTime, until: DateTime) {
  return (
    instant(stretch.start) <= at && at < instant(stretch.end ?? until.toISO()!)
  );
}

/**
 * Who the record has on duty at `at` (observers aside), primary first.
 *
 * @public
 */
export function recordedOnDuty(
  stretches: RecordedStretch[],
  at: DateTime,
  until: DateTime,
): OnDutyMember[] {
  return stretches
    .filter(s => s.role !== 'observer' && covers(s, at, until))
    .sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role))
    .map(s => ({
      userRef: s.userRef,
      role: s.role as OnDutyMember['role'],
      // The wire calls the fallback's place one the rotation makes.
      source: s.source === 'override' ? 'override' : 'rotation',
    }));
}

/**
 * Who the record has observing at `at`.
 *
 * @public
 */
export function recordedObservers(
  stretches: RecordedStretch[],
  at: DateTime,
  until: DateTime,
): string[] {
  return stretches
    .filter(s => s.role === 'observer' && covers(s, at, until))
    .map(s => s.userRef);
}

/**
 * The instants in `start` ≤ t < `end` where the support day may change by
 * the revisions in force: where each revision came into force, and the
 * midnights on its wall clock while it was.
 */
function supportDayChanges(
  start: DateTime,
  end: DateTime,
  revisions: RotationInForce[],
): DateTime[] {
  return revisions.flatMap((inForce, i) => {
    const from = DateTime.max(inForce.from, start);
    const until = DateTime.min(revisions[i + 1]?.from ?? end, end);
    return from < until
      ? [from, ...supportDayBreaks(from, until, inForce.calendar)]
      : [];
  });
}

/**
 * A recorded shift as the schedule shows it, its segments cut where the
 * recorded people change; a shift still running ends at `until`, where
 * the record stops. Support days are those of the revision in force at
 * each instant (`revisions`, by when they came into force, the first in
 * force at the shift's start), and times are written in the zone of the
 * one in force at its start. Capability rules are checked on the shifts
 * ahead, not on those that are over.
 *
 * @public
 */
export function recordedScheduledShift(
  shift: RecordedShift,
  stretches: RecordedStretch[],
  until: DateTime,
  revisions: RotationInForce[],
): ScheduledShift {
  const start = instant(shift.start);
  const end = shift.end ? instant(shift.end) : until;
  const atStart = rotationInForceAt(revisions, start) ?? revisions[0];
  // A shift is only recorded while a revision is in force, so a zone of
  // last resort is never met in practice.
  const zone = atStart ? zoneInForce(atStart) : 'UTC';
  const cuts = stretches
    .flatMap(s => [instant(s.start), ...(s.end ? [instant(s.end)] : [])])
    .filter(point => point > start && point < end);
  cuts.push(
    ...supportDayChanges(start, end, revisions).filter(point => point > start),
  );
  const points = [
    ...new Set([start, ...cuts].map(point => point.toMillis())),
  ].sort((a, b) => a - b);
  const segments = segmentsFrom({
    points: points.map(millis => DateTime.fromMillis(millis)),
    end,
    zone,
    supportDayAt: at =>
      isSupportDay((rotationInForceAt(revisions, at) ?? atStart)?.calendar, at),
    onDutyAt: at => recordedOnDuty(stretches, at, until),
    missingCapabilities: () => [],
  });
  return {
    index: shift.index,
    start: toWireInstant(start, zone),
    end: toWireInstant(end, zone),
    segments,
    gap: segments.some(s => s.gap),
    missingCapabilities: [],
  };
}

function clipped(
  shift: ScheduledShift,
  from: DateTime | undefined,
  to: DateTime | undefined,
  zone: string,
): ScheduledShift {
  const clip = (iso: string) => {
    const at = instant(iso);
    const late = from ? DateTime.max(at, from) : at;
    return toWireInstant(to ? DateTime.min(late, to) : late, zone);
  };
  const segments = shift.segments
    .map(segment => ({
      ...segment,
      start: clip(segment.start),
      end: clip(segment.end),
    }))
    .filter(segment => instant(segment.start) < instant(segment.end));
  return {
    ...shift,
    start: clip(shift.start),
    end: clip(shift.end),
    segments,
    gap: segments.some(s => s.gap),
    missingCapabilities: [
      ...new Set(segments.flatMap(s => s.missingCapabilities)),
    ],
  };
}

/**
 * The schedule of a stretch of time of which the record covers a part:
 * the recorded shifts where it does, the computed ones before the record
 * began and after where it stops. A recorded shift still running goes on
 * with the computed rest of the shift it is.
 *
 * @public
 */
export function joinSchedules(options: {
  recorded: ScheduledShift[];
  /** Whether the last recorded shift is still running at `until`. */
  lastRunning: boolean;
  computed: ScheduledShift[];
  /** Where the schedule asked for begins. */
  from: DateTime;
  recordFrom: DateTime;
  until: DateTime;
  zone: string;
}): ScheduledShift[] {
  const { recorded, computed, until, zone } = options;
  const firstRecorded = recorded[0]
    ? instant(recorded[0].start)
    : options.recordFrom;
  const before = computed
    .filter(
      shift =>
        instant(shift.start) < firstRecorded && options.from < firstRecorded,
    )
    .map(shift => clipped(shift, undefined, firstRecorded, zone));
  const after = computed
    .filter(shift => instant(shift.end) > until)
    .map(shift => clipped(shift, until, undefined, zone));
  const last = recorded[recorded.length - 1];
  const carried = after[0];
  if (
    options.lastRunning &&
    last &&
    carried &&
    +instant(carried.start) === +until
  ) {
    const segments = [...last.segments, ...carried.segments];
    const seam = last.segments.length;
    const [left, right] = [segments[seam - 1], segments[seam]];
    if (
      left &&
      right &&
      left.supportDay === right.supportDay &&
      JSON.stringify(left.onDuty) === JSON.stringify(right.onDuty)
    ) {
      segments.splice(seam - 1, 2, { ...left, end: right.end });
    }
    const joined: ScheduledShift = {
      ...carried,
      start: last.start,
      segments,
      gap: segments.some(s => s.gap),
    };
    return [...before, ...recorded.slice(0, -1), joined, ...after.slice(1)];
  }
  return [...before, ...recorded, ...after];
}
