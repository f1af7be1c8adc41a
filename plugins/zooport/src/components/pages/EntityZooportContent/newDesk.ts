import { Desk } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/**
 * A desk for a team that has none, as its editor starts: no animal yet,
 * weekday hours in the viewer's zone and no rotation. Revision 0 makes the
 * save create it, and refuses it if someone opened the desk meanwhile.
 */
export function newDeskFor(teamRef: string): Desk {
  return {
    teamRef,
    animal: { name: '' },
    topics: [],
    channels: [],
    links: [],
    hours: {
      timeZone: DateTime.local().zoneName ?? 'UTC',
      weekly: ([1, 2, 3, 4, 5] as const).map(day => ({
        day,
        start: '09:00',
        end: '17:00',
      })),
      holidays: [],
    },
    rotation: null,
    revision: 0,
    updatedBy: null,
    updatedAt: null,
  };
}
