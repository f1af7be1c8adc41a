import { Desk } from '../desks/types';
import { IsoWeekday } from '../rotation/types';
import { TimeOfDay } from '../time/wallClock';

/** A desk's digest settings with the defaults filled in. @public */
export interface DigestSettings {
  daily: { time: TimeOfDay; enabled: boolean };
  weekly: WeeklySettings;
  planning: WeeklySettings;
}

/** When something sent once a week goes out, on the desk's wall clock. @public */
export interface WeeklySettings {
  weekday: IsoWeekday;
  time: TimeOfDay;
  enabled: boolean;
}

const weeklyOf = (
  set: { weekday?: IsoWeekday; time?: TimeOfDay; enabled?: boolean } = {},
  defaults: Omit<WeeklySettings, 'enabled'>,
): WeeklySettings => ({
  weekday: set.weekday ?? defaults.weekday,
  time: set.time ?? defaults.time,
  enabled: set.enabled ?? true,
});

/**
 * The digest settings of `desk`: what it set, else the defaults (the daily
 * digest at 08:30, the weekly report on Monday at 09:00, the planning
 * reminder on Monday at 10:00, all enabled).
 *
 * @public
 */
export function digestSettingsOf(desk: Pick<Desk, 'digests'>): DigestSettings {
  const { daily, weekly, planning } = desk.digests ?? {};
  return {
    daily: { time: daily?.time ?? '08:30', enabled: daily?.enabled ?? true },
    weekly: weeklyOf(weekly, { weekday: 1, time: '09:00' }),
    planning: weeklyOf(planning, { weekday: 1, time: '10:00' }),
  };
}
