import { Desk, StoredOverride } from '@zooport/plugin-zooport-common';

/** A stored desk and its overrides that had not ended when they were read. */
export interface DeskWithOverrides {
  desk: Desk;
  overrides: StoredOverride[];
}
