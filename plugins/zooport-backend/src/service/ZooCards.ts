import {
  Desk,
  onDutyAt,
  StoredOverride,
  SupportCalendar,
  toWireInstant,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

interface KeptCard {
  desk: Desk;
  overrideIds: string;
  from: number;
  until: number;
  card: ZooDesk;
}

/**
 * The first instant after `at` at which the desk's card may read otherwise:
 * the shift ends, an override starts or ends, or (for a desk that supports
 * on some weekdays only) the day changes on the desk's wall clock.
 */
function nextChange(
  calendar: SupportCalendar,
  overrides: StoredOverride[],
  at: DateTime,
  shiftEnd: DateTime,
): DateTime {
  const changes = [shiftEnd];
  for (const override of overrides) {
    for (const instant of [override.start, override.end]) {
      const change = DateTime.fromISO(instant);
      if (change > at) {
        changes.push(change);
      }
    }
  }
  if (calendar.supportDays?.length) {
    changes.push(
      at.setZone(calendar.timeZone).startOf('day').plus({ days: 1 }),
    );
  }
  return DateTime.min(...changes)!;
}

/** A desk's card in the zoo at `at`, and until when it holds (ms). */
function cardAt(
  desk: Desk,
  overrides: StoredOverride[],
  at: DateTime,
  calendar: SupportCalendar,
): { card: ZooDesk; until: number } {
  const { teamRef, animal, rotation } = desk;
  if (!rotation) {
    const card = { teamRef, animal, onDuty: [], observers: [], until: null };
    return { card, until: Infinity };
  }
  const now = onDutyAt(rotation, overrides, at, calendar);
  const card = {
    teamRef,
    animal,
    onDuty: now.onDuty,
    observers: rotation.observers,
    until: now.shift ? toWireInstant(now.shift.end, rotation.timeZone) : null,
  };
  // Before the first shift the fallback is on duty; not worth keeping.
  const until = now.shift
    ? nextChange(calendar, overrides, at, now.shift.end).toMillis()
    : at.toMillis();
  return { card, until };
}

/**
 * The zoo's card of each desk: who is on duty and until when. A card is
 * worked out again only when it may read otherwise, i.e. when the desk or
 * its overrides changed, or the instant asked is outside the stretch it was
 * worked out for (see `nextChange`). Desks are compared by identity: the
 * desk store hands out the same objects until a desk is written.
 */
export class ZooCards {
  private readonly kept = new Map<string, KeptCard>();

  cardOf(
    desk: Desk,
    overrides: StoredOverride[],
    at: DateTime,
    calendar: SupportCalendar,
  ): ZooDesk {
    const overrideIds = overrides.map(override => override.id).join(' ');
    const instant = at.toMillis();
    const kept = this.kept.get(desk.teamRef);
    if (
      kept &&
      kept.desk === desk &&
      kept.overrideIds === overrideIds &&
      kept.from <= instant &&
      instant < kept.until
    ) {
      return kept.card;
    }
    const { card, until } = cardAt(desk, overrides, at, calendar);
    this.kept.set(desk.teamRef, {
      desk,
      overrideIds,
      from: instant,
      until,
      card,
    });
    return card;
  }
}
