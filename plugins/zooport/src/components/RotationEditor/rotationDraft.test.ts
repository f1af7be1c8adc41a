import { DateTime } from 'luxon';
import { draftOf, newRotation } from './rotationDraft';

describe('rotation drafts', () => {
  it('starts a new rotation on a coming Wednesday', () => {
    const draft = newRotation('Europe/Berlin');
    const start = DateTime.fromISO(draft.start, { zone: 'Europe/Berlin' });
    expect(start.weekday).toBe(3);
    expect(start > DateTime.now().setZone('Europe/Berlin').startOf('day')).toBe(
      true,
    );
  });

  it('drops the anchor the backend keeps', () => {
    const { anchor, ...rest } = {
      ...newRotation('UTC'),
      anchor: { shift: 3, position: 1 },
    };
    expect(anchor).toBeDefined();
    expect(draftOf({ ...rest, anchor })).not.toHaveProperty('anchor');
  });
});
