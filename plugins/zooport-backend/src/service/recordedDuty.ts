import {
  DeskOnDuty,
  recordedInstant as instant,
  recordedObservers,
  recordedOnDuty,
  RotationSpec,
  rotationInForceAt,
  rotationMembers,
  shiftAt,
  toWireInstant,
  zoneInForce,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import {
  DutyCoverage,
  DutyRecordSpan,
  RunningRecord,
} from '../database/DutyRecordStore';

/** Whether the record knows who was on duty at `at`. */
export function recordCovers(
  coverage: DutyCoverage | undefined,
  at: DateTime,
): coverage is DutyCoverage {
  return Boolean(coverage && coverage.from <= at && at < coverage.until);
}

/**
 * Who was on duty at `at`, a past instant the record covers (`span` is the
 * record at `at`). The shift that came next is the record's, or, while the
 * shift recorded at `at` still runs, what `workedOutAtRecordEnd` (who is
 * on duty where the record stops, worked out) says of its end and the next.
 */
export function onDutyFromRecord(options: {
  teamRef: string;
  at: DateTime;
  span: DutyRecordSpan;
  /** The record at the end of the recorded shift, when it has ended. */
  nextSpan?: DutyRecordSpan;
  workedOutAtRecordEnd: () => DeskOnDuty;
  /** The desk's zone now, for a record without a revision at `at`. */
  zone: string;
}): DeskOnDuty {
  const { at, span, nextSpan } = options;
  const inForce = rotationInForceAt(span.revisions, at);
  const zone = inForce ? zoneInForce(inForce) : options.zone;
  const { until } = span.coverage;
  const wire = (iso: string) => toWireInstant(instant(iso), zone);
  const shift = span.shifts[span.shifts.length - 1];
  let end: string | null = null;
  let next: DeskOnDuty['next'] = null;
  if (shift?.end && nextSpan) {
    end = wire(shift.end);
    next = {
      start: end,
      onDuty: recordedOnDuty(nextSpan.stretches, instant(shift.end), until),
    };
  } else if (shift) {
    const workedOut = options.workedOutAtRecordEnd();
    end = workedOut.shift?.end ?? null;
    next = workedOut.next;
  }
  return {
    teamRef: options.teamRef,
    at: at.toISO()!,
    observers: recordedObservers(span.stretches, at, until),
    shift: shift && end ? { start: wire(shift.start), end } : null,
    onDuty: recordedOnDuty(span.stretches, at, until),
    next,
  };
}

/**
 * Who is on duty at `at`, worked out, with the start of the running shift
 * the record holds: that is when these people took over, even when an
 * edit since moved the rotation's handoffs. Kept as worked out when the
 * record has not seen this shift begin (its handoff is after where the
 * record stops, or the record began during it) or has other people on it.
 */
export function withRecordedStart(options: {
  computed: DeskOnDuty;
  rotation: RotationSpec | null;
  record: RunningRecord | undefined;
  at: DateTime;
  zone: string;
}): DeskOnDuty {
  const { computed, rotation, record, at } = options;
  const recorded = record?.shift;
  const current = rotation && shiftAt(rotation, at);
  if (!record || !recorded || !current || !computed.shift) {
    return computed;
  }
  const members = rotationMembers(rotation, current.index).map(
    participant => participant.userRef,
  );
  const known =
    instant(recorded.start) > record.coverage.from &&
    current.start <= record.coverage.until &&
    members.join(' ') === recorded.members.join(' ');
  return known
    ? {
        ...computed,
        shift: {
          ...computed.shift,
          start: toWireInstant(instant(recorded.start), options.zone),
        },
      }
    : computed;
}
