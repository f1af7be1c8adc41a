import { DateTime } from 'luxon';
import { SurveySettings } from './survey';

/**
 * The month `at` falls in on the wall clock of `timeZone`, `YYYY-MM`: the
 * month an answer given then counts for.
 *
 * @public
 */
export const surveyMonthAt = (timeZone: string, at: DateTime): string =>
  at.setZone(timeZone).toFormat('yyyy-MM');

/**
 * The month whose survey is due at `now`, once its day has begun on the
 * desk's wall clock, or undefined before it (or when the survey is off).
 * It stays due for the rest of the month, so a backend that was down on
 * the day sends it late.
 *
 * @public
 */
export function dueSurveyMonth(
  settings: SurveySettings,
  timeZone: string,
  now: DateTime,
): string | undefined {
  const local = now.setZone(timeZone);
  return settings.enabled && local.day >= settings.dayOfMonth
    ? local.toFormat('yyyy-MM')
    : undefined;
}

/**
 * The `count` months up to and including `month`, oldest first.
 *
 * @public
 */
export function monthsUpTo(month: string, count: number): string[] {
  const last = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'utc' });
  return Array.from({ length: count }, (_, i) =>
    last.minus({ months: count - 1 - i }).toFormat('yyyy-MM'),
  );
}
