import { Desk, RotationOverride } from '@zooport/plugin-zooport-common';

/** A stored override, with who made it. */
export interface StoredOverride extends RotationOverride {
  teamRef: string;
  createdBy: string;
  createdAt: string;
}

/** A stored desk and its overrides that had not ended when they were read. */
export interface DeskWithOverrides {
  desk: Desk;
  overrides: StoredOverride[];
}
