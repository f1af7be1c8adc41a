import { Desk, officeHours } from '@zooport/plugin-zooport-common';
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
    hours: officeHours(DateTime.local().zoneName ?? 'UTC'),
    rotation: null,
    revision: 0,
    updatedBy: null,
    updatedAt: null,
  };
}
