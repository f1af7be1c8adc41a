import { RotationSpec } from '@zooport/plugin-zooport-common';
import { changesRotation } from './rotationChange';
import { rotationSchema } from './validation/desks';

const written = rotationSchema.parse({
  timeZone: 'Europe/Berlin',
  handoff: { day: 3, time: '09:00' },
  shiftLength: { unit: 'week', count: 1 },
  membersPerShift: 1,
  participants: [
    { userRef: 'user:default/alice', capabilities: ['production-access'] },
    { userRef: 'user:default/bob', capabilities: [] },
  ],
  start: '2026-01-07',
}) as RotationSpec;

describe('changesRotation', () => {
  it('sees no change in the stored rotation sent back as read', () => {
    const stored: RotationSpec = {
      // Another key order, no defaults, and the anchor the backend adds.
      anchor: { shift: 7, position: 1 },
      observers: [],
      start: '2026-01-07',
      fallback: null,
      participants: [
        { capabilities: ['production-access'], userRef: 'user:default/alice' },
        { userRef: 'user:default/bob', capabilities: [] },
      ],
      membersPerShift: 1,
      shiftLength: { count: 1, unit: 'week' },
      handoff: { time: '09:00', day: 3 },
      timeZone: 'Europe/Berlin',
    };

    expect(changesRotation(stored, written)).toBe(false);
  });

  it('sees a reordered rotation, a new fallback and a removed rotation', () => {
    const reordered = {
      ...written,
      participants: [...written.participants].reverse(),
    };
    expect(changesRotation(written, reordered)).toBe(true);
    expect(
      changesRotation(written, { ...written, fallback: 'user:default/carol' }),
    ).toBe(true);
    expect(changesRotation(written, null)).toBe(true);
    expect(changesRotation(undefined, written)).toBe(true);
    expect(changesRotation(null, null)).toBe(false);
  });
});
