import { ScheduledShift } from '@zooport/plugin-zooport-common';
import { backToBackShifts } from './backToBack';

type Person = [string, 'primary' | 'secondary', 'rotation' | 'override'];

/** Shifts a day long from 1 December 2026, each with the people given. */
function shifts(...onDuty: Person[][]): ScheduledShift[] {
  return onDuty.map((people, i) => {
    const bounds = {
      start: `2026-12-0${1 + i}T09:00:00.000+01:00`,
      end: `2026-12-0${2 + i}T09:00:00.000+01:00`,
      supportDay: true,
      gap: false,
      missingCapabilities: [],
    };
    return {
      ...bounds,
      index: i,
      segments: [
        {
          ...bounds,
          onDuty: people.map(([name, role, source]) => ({
            userRef: `user:default/${name}`,
            role,
            source,
          })),
        },
      ],
    };
  });
}

describe('backToBackShifts', () => {
  it('finds a person in the same role two shifts in a row', () => {
    expect(
      backToBackShifts(
        shifts(
          [['amara', 'primary', 'rotation']],
          [['amara', 'primary', 'rotation']],
          [['lars', 'primary', 'rotation']],
        ),
      ),
    ).toEqual([
      {
        userRef: 'user:default/amara',
        role: 'primary',
        start: '2026-12-02T09:00:00.000+01:00',
        times: 1,
      },
    ]);
  });

  it('names a person once, with how often it happens', () => {
    expect(
      backToBackShifts(
        shifts(
          [['amara', 'primary', 'rotation']],
          [['amara', 'primary', 'rotation']],
          [['amara', 'primary', 'rotation']],
          [['amara', 'primary', 'rotation']],
        ),
      ),
    ).toEqual([
      {
        userRef: 'user:default/amara',
        role: 'primary',
        start: '2026-12-02T09:00:00.000+01:00',
        times: 3,
      },
    ]);
  });

  it("lets a pair's secondary become primary, and overrides cover twice", () => {
    expect(
      backToBackShifts(
        shifts(
          [
            ['amara', 'primary', 'rotation'],
            ['lars', 'secondary', 'rotation'],
          ],
          [
            ['lars', 'primary', 'rotation'],
            ['mei', 'secondary', 'rotation'],
          ],
          [
            ['mei', 'primary', 'override'],
            ['jonas', 'secondary', 'rotation'],
          ],
          [
            ['mei', 'primary', 'override'],
            ['amara', 'secondary', 'rotation'],
          ],
        ),
      ),
    ).toEqual([]);
  });
});
