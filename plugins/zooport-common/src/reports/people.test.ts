import { DateTime, Interval } from 'luxon';
import { officeHours } from '../requests/__testUtils__/testHours';
import { RecordedStretch } from '../rotation/dutyRecord';
import { requests } from './__testUtils__/clockChangeWeekend';
import { peopleOf } from './people';

const bob = 'user:default/bob';
const carol = 'user:default/carol';

/** Saturday 28 March 2026, a whole UTC day. */
const dutyRange = Interval.fromDateTimes(
  DateTime.fromISO('2026-03-28T00:00:00.000Z'),
  DateTime.fromISO('2026-03-29T00:00:00.000Z'),
);

const stretch = (
  userRef: string,
  start: string,
  end: string | null,
): RecordedStretch => ({
  userRef,
  role: 'primary',
  source: 'rotation',
  start,
  end,
});

const filedAt = (...instants: string[]) =>
  instants.map((createdAt, i) => ({ ...requests[i], createdAt }));

describe('peopleOf', () => {
  it('leaves out a running stretch that starts after the range', () => {
    const people = peopleOf({
      resolved: [],
      filed: [],
      stretches: [
        stretch(bob, '2026-03-28T06:00:00.000Z', '2026-03-28T12:00:00.000Z'),
        stretch(carol, '2026-03-30T06:00:00.000Z', null),
      ],
      dutyRange,
      hours: officeHours(),
    });
    expect(people.map(p => [p.userRef, p.hoursOnDuty])).toEqual([[bob, 6]]);
  });

  it('counts requests filed from the start of a duty up to, not at, its end', () => {
    const people = peopleOf({
      resolved: [],
      filed: filedAt(
        '2026-03-28T05:59:59.999Z',
        '2026-03-28T06:00:00.000Z',
        '2026-03-28T09:00:00.000Z',
        '2026-03-28T12:00:00.000Z',
        '2026-03-28T20:00:00.000Z',
      ),
      stretches: [
        stretch(bob, '2026-03-28T06:00:00.000Z', '2026-03-28T12:00:00.000Z'),
        stretch(bob, '2026-03-28T19:00:00.000Z', null),
        stretch(carol, '2026-03-28T09:00:00.000Z', '2026-03-28T12:00:00.001Z'),
      ],
      dutyRange,
      hours: officeHours(),
    });
    expect(people.map(p => [p.userRef, p.requestsWhileOnDuty])).toEqual([
      [bob, 3],
      [carol, 2],
    ]);
  });
});
