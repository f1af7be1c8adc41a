import { deskTimeZone } from '../desks/timeZone';
import { Desk } from '../desks/types';
import { toWireInstant } from '../time/wallClock';
import { DigestKind, DigestPeriod } from './due';
import { digestSettingsOf } from './settings';
import { DigestDue } from './types';

/**
 * What every digest opens with: its desk and the desk's zone, its period,
 * whether the desk has it on, and who gets it.
 */
export function digestHeading(
  desk: Pick<Desk, 'teamRef' | 'hours' | 'rotation' | 'digests'>,
  period: DigestPeriod,
  kind: DigestKind,
  recipients: string[],
): DigestDue & {
  teamRef: string;
  timeZone: string;
  enabled: boolean;
  recipients: string[];
} {
  const zone = deskTimeZone(desk);
  return {
    teamRef: desk.teamRef,
    timeZone: zone,
    date: period.date.toISODate()!,
    dueAt: toWireInstant(period.dueAt, zone),
    enabled: digestSettingsOf(desk)[kind].enabled,
    recipients,
  };
}
