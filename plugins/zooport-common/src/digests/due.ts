import { DateTime } from 'luxon';
import { deskTimeZone } from '../desks/timeZone';
import { Desk, SupportHours } from '../desks/types';
import { isSupportDay } from '../requests/businessTime';
import { IsoWeekday } from '../rotation/types';
import {
  instantAtWallClock,
  TimeOfDay,
  wallClockDate,
} from '../time/wallClock';
import { digestSettingsOf } from './settings';
import { DigestDays } from './types';

/** How far back a daily digest's day is looked for: two weeks of holidays. */
const LOOKBACK_DAYS = 14;

/** One due digest: the local day (a UTC midnight) and the instant. */
export interface DigestPeriod {
  date: DateTime;
  dueAt: DateTime;
}

type DigestDesk = Pick<Desk, 'hours' | 'rotation' | 'digests'>;

/**
 * Whether the desk's daily digest goes out on the local day `date`: a
 * support day with opening hours on that weekday (any day when it lists no
 * hours).
 */
function isDigestDay(hours: SupportHours, date: DateTime): boolean {
  return (
    isSupportDay(hours, date) &&
    (hours.weekly.length === 0 ||
      hours.weekly.some(r => r.day === date.weekday))
  );
}

/** The daily digests due on the support days from `date` back, latest first. */
function* dailyDigestsFrom(desk: DigestDesk, date: DateTime) {
  const zone = deskTimeZone(desk);
  const { time } = digestSettingsOf(desk).daily;
  for (let i = 0; i < LOOKBACK_DAYS; i++) {
    const day = date.minus({ days: i });
    if (isDigestDay(desk.hours, day)) {
      yield { date: day, dueAt: instantAtWallClock(day, time, zone) };
    }
  }
}

/**
 * The latest daily digest due at or before `now`: on the latest support
 * day whose digest time has come. Null when the desk supported on none of
 * the last two weeks' days.
 *
 * @public
 */
export function latestDailyDigest(
  desk: DigestDesk,
  now: DateTime,
): DigestPeriod | null {
  for (const period of dailyDigestsFrom(
    desk,
    wallClockDate(now, deskTimeZone(desk)),
  )) {
    if (period.dueAt <= now) {
      return period;
    }
  }
  return null;
}

/**
 * When the daily digest before `period` was due, which "new since the last
 * digest" counts from: two weeks before when there was none.
 *
 * @public
 */
export function previousDailyDigestDue(
  desk: DigestDesk,
  period: DigestPeriod,
): DateTime {
  const [previous] = dailyDigestsFrom(desk, period.date.minus({ days: 1 }));
  return previous?.dueAt ?? period.dueAt.minus({ days: LOOKBACK_DAYS });
}

/**
 * The latest period due at or before `now` of something sent weekly: on
 * `weekday` at `time` on the desk's wall clock, whether or not it supports
 * that day.
 */
function latestWeekly(
  desk: DigestDesk,
  { weekday, time }: { weekday: IsoWeekday; time: TimeOfDay },
  now: DateTime,
): DigestPeriod {
  const zone = deskTimeZone(desk);
  const today = wallClockDate(now, zone);
  const date = today.minus({ days: (today.weekday - weekday + 7) % 7 });
  const dueAt = instantAtWallClock(date, time, zone);
  if (dueAt <= now) {
    return { date, dueAt };
  }
  const weekEarlier = date.minus({ weeks: 1 });
  return {
    date: weekEarlier,
    dueAt: instantAtWallClock(weekEarlier, time, zone),
  };
}

/**
 * The latest weekly report due at or before `now`: on the desk's weekday at
 * its time, on its wall clock, whether or not it supports that day.
 *
 * @public
 */
export function latestWeeklyReport(
  desk: DigestDesk,
  now: DateTime,
): DigestPeriod {
  return latestWeekly(desk, digestSettingsOf(desk).weekly, now);
}

/**
 * The latest planning reminder due at or before `now`: on the desk's
 * weekday at its time, on its wall clock, whether or not it supports that
 * day.
 *
 * @public
 */
export function latestPlanningReminder(
  desk: DigestDesk,
  now: DateTime,
): DigestPeriod {
  return latestWeekly(desk, digestSettingsOf(desk).planning, now);
}

/**
 * The week a planning reminder of `period` plans: the calendar week,
 * Monday to Sunday on the desk's wall clock, after the one it is due in;
 * its days, and the instants it starts and ends at.
 *
 * @public
 */
export function weekAfter(
  desk: DigestDesk,
  period: DigestPeriod,
): { days: DigestDays; start: DateTime; end: DateTime } {
  const zone = deskTimeZone(desk);
  const monday = period.date.minus({ days: period.date.weekday - 1 }).plus({
    weeks: 1,
  });
  return {
    days: {
      from: monday.toISODate()!,
      to: monday.plus({ days: 6 }).toISODate()!,
    },
    start: instantAtWallClock(monday, '00:00', zone),
    end: instantAtWallClock(monday.plus({ weeks: 1 }), '00:00', zone),
  };
}

/**
 * The days a weekly report due on `date` covers: the seven calendar days
 * before it (the last ISO week for a Monday report), and the seven before
 * those to compare with.
 *
 * @public
 */
export function weeksOfReport(date: DateTime): {
  week: DigestDays;
  weekBefore: DigestDays;
} {
  const days = (from: number, to: number) => ({
    from: date.minus({ days: from }).toISODate()!,
    to: date.minus({ days: to }).toISODate()!,
  });
  return { week: days(7, 1), weekBefore: days(14, 8) };
}

/** How long after its due time a digest may still go out. */
export const LATE_SEND_HOURS = 24;

/**
 * Whether `period` may still be sent at `now`: within a day of its due
 * time, so that a backend back after being down sends what it missed that
 * day, while a first deployment, a desk's first save, switching a digest
 * on or moving the weekly report's day sends no older period at once. (A
 * daily digest's window ends sooner when the next support day's is due,
 * as that one is then the latest.)
 *
 * @public
 */
export function isStillSendable(period: DigestPeriod, now: DateTime): boolean {
  return now < period.dueAt.plus({ hours: LATE_SEND_HOURS });
}

/** The kinds of message a desk sends on its own schedule. @public */
export type DigestKind = 'daily' | 'weekly' | 'planning';

/** A digest to send: its kind and the period it is of. @public */
export interface DueDigest {
  kind: DigestKind;
  period: DigestPeriod;
}

/**
 * What `desk` has to send at `now`: of each kind it has enabled, the
 * latest period due, while it is still sendable. A desk with no rotation
 * has no schedule to plan, so no planning reminder. Whether it was sent
 * already is for the sender to know.
 *
 * @public
 */
export function dueDigests(desk: DigestDesk, now: DateTime): DueDigest[] {
  const settings = digestSettingsOf(desk);
  const latest: Record<DigestKind, DigestPeriod | null> = {
    daily: settings.daily.enabled ? latestDailyDigest(desk, now) : null,
    weekly: settings.weekly.enabled ? latestWeeklyReport(desk, now) : null,
    planning:
      settings.planning.enabled && desk.rotation
        ? latestPlanningReminder(desk, now)
        : null,
  };
  return (Object.keys(latest) as DigestKind[]).flatMap(kind => {
    const period = latest[kind];
    return period && isStillSendable(period, now) ? [{ kind, period }] : [];
  });
}
