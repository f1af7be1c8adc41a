import type { Desk } from './types';

/**
 * The zone a desk's times are shown in: its rotation's when it has one,
 * else that of its support hours.
 *
 * @public
 */
export function deskTimeZone(desk: Pick<Desk, 'hours' | 'rotation'>): string {
  return desk.rotation?.timeZone ?? desk.hours.timeZone;
}
