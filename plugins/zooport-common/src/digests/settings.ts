import { Desk } from '../desks/types';
import { IsoWeekday } from '../rotation/types';
import { TimeOfDay } from '../time/wallClock';

/** A desk's digest settings with the defaults filled in. @public */
export interface DigestSettings {
  daily: { time: TimeOfDay; enabled: boolean };
  weekly: { weekday: IsoWeekday; time: TimeOfDay; enabled: boolean };
}

/**
 * The digest settings of `desk`: what it set, else the defaults (the daily
 * digest at 08:30, the weekly report on Monday at 09:00, both enabled).
 *
 * @public
 */
export function digestSettingsOf(desk: Pick<Desk, 'digests'>): DigestSettings {
  const { daily, weekly } = desk.digests ?? {};
  return {
    daily: { time: daily?.time ?? '08:30', enabled: daily?.enabled ?? true },
    weekly: {
      weekday: weekly?.weekday ?? 1,
      time: weekly?.time ?? '09:00',
      enabled: weekly?.enabled ?? true,
    },
  };
}
