import { DateTime } from 'luxon';
import { clockChangesIn } from './clockChanges';

/** A wall-clock minute as the wall clock shows it. */
const shown = (wallMinute: number) =>
  DateTime.utc(1970).plus({ minutes: wallMinute }).toFormat('yyyy-MM-dd HH:mm');

describe('clockChangesIn', () => {
  it.each([
    // zone, UTC year, the wall-clock times each change jumps between
    ['UTC', 2026, []],
    [
      'Europe/Berlin',
      2026,
      [
        ['2026-03-29 02:00', '2026-03-29 03:00'],
        ['2026-10-25 02:00', '2026-10-25 03:00'],
      ],
    ],
    [
      'Australia/Lord_Howe',
      2026,
      [
        ['2026-04-05 01:30', '2026-04-05 02:00'],
        ['2026-10-04 02:00', '2026-10-04 02:30'],
      ],
    ],
    [
      'Pacific/Apia',
      2011,
      [
        ['2011-04-02 03:00', '2011-04-02 04:00'],
        ['2011-09-24 03:00', '2011-09-24 04:00'],
        ['2011-12-30 00:00', '2011-12-31 00:00'],
      ],
    ],
    [
      'Australia/Lord_Howe',
      2157,
      [
        ['2157-04-03 01:30', '2157-04-03 02:00'],
        ['2157-10-02 02:00', '2157-10-02 02:30'],
      ],
    ],
    [
      'Europe/Berlin',
      2826,
      [
        ['2826-03-29 02:00', '2826-03-29 03:00'],
        ['2826-10-25 02:00', '2826-10-25 03:00'],
      ],
    ],
  ] as const)(
    '%s in %s: the stretch of each change holds its wall times, within the hour',
    (zone, year, expected) => {
      const changes = clockChangesIn(zone, year);
      expect(changes).toHaveLength(expected.length);
      changes.forEach((change, i) => {
        const [from, to] = expected[i];
        expect(shown(change.firstWallMinute) <= from).toBe(true);
        expect(shown(change.firstWallMinute + 60) >= from).toBe(true);
        expect(shown(change.lastWallMinute) >= to).toBe(true);
        expect(shown(change.lastWallMinute - 60) <= to).toBe(true);
      });
    },
  );
});
