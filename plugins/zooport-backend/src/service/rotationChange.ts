import { RotationSpec } from '@zooport/plugin-zooport-common';
import { isDeepStrictEqual } from 'node:util';
import { rotationSchema } from './validation/desks';

/**
 * Whether a desk write changes its rotation, which takes a permission of
 * its own. Key order, defaults and the anchor the backend adds are not
 * changes: an editor that sends back the rotation it read changes nothing.
 */
export function changesRotation(
  stored: RotationSpec | null | undefined,
  written: RotationSpec | null,
): boolean {
  if (!stored || !written) {
    return Boolean(stored) !== Boolean(written);
  }
  const normalised = rotationSchema.safeParse(stored);
  return !normalised.success || !isDeepStrictEqual(normalised.data, written);
}
