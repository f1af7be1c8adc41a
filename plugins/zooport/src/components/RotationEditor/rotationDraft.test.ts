import { DateTime } from 'luxon';
import { draftOf, listOf, moved, newRotation } from './rotationDraft';

describe('rotation drafts', () => {
  it('moves a participant up and down, and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

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

  it('reads comma lists', () => {
    expect(listOf(' production-access, ,oncall ')).toEqual([
      'production-access',
      'oncall',
    ]);
  });
});
