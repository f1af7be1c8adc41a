import { DateTime } from 'luxon';
import { draftOf, newRotation } from './rotationDraft';

describe('rotation drafts', () => {
  it.each([
    ['a Monday', '2026-11-23T12:00:00', '2026-11-25'],
    ['a Wednesday, which waits a week', '2026-11-25T08:00:00', '2026-12-02'],
    ['a Tuesday before midnight', '2026-11-24T23:30:00', '2026-11-25'],
    ['the night the clocks go forward', '2027-03-28T02:30:00', '2027-03-31'],
    ['29 February', '2028-02-29T12:00:00', '2028-03-01'],
  ])(
    'starts a new rotation on the coming Wednesday, from %s',
    (_, now, start) => {
      const draft = newRotation(
        'Europe/Berlin',
        DateTime.fromISO(now, { zone: 'Europe/Berlin' }),
      );
      expect(draft.start).toBe(start);
      expect(draft.handoff).toEqual({ day: 3, time: '09:00' });
    },
  );

  it("reads the date on the team's wall clock, not the viewer's", () => {
    // Tuesday 23:30 in New York is already Wednesday in Berlin.
    const now = DateTime.fromISO('2026-11-24T23:30:00', {
      zone: 'America/New_York',
    });
    expect(newRotation('Europe/Berlin', now).start).toBe('2026-12-02');
    expect(newRotation('America/New_York', now).start).toBe('2026-11-25');
  });

  it('drops the anchor the backend keeps', () => {
    const { anchor, ...rest } = {
      ...newRotation('UTC', DateTime.fromISO('2026-11-23T12:00:00Z')),
      anchor: { shift: 3, position: 1 },
    };
    expect(anchor).toBeDefined();
    expect(draftOf({ ...rest, anchor })).not.toHaveProperty('anchor');
  });
});
