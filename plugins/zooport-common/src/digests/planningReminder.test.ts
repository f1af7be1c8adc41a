import { DateTime } from 'luxon';
import {
  alice,
  carol,
  dave,
  weeklyBerlinRotation,
} from '../__testUtils__/testRotation';
import { officeHours } from '../requests/__testUtils__/testHours';
import { scheduleBetween } from '../rotation/schedule';
import { RotationOverride, RotationSpec } from '../rotation/types';
import { latestPlanningReminder, weekAfter } from './due';
import { planningReminder } from './planningReminder';

// A Berlin desk (Mon–Fri 09:00–17:00) planning, on Monday 16 March 2026,
// the week of 23 to 29 March, which ends with the night the clocks go
// forward: it starts at midnight UTC+1 and ends at midnight UTC+2.
const zone = 'Europe/Berlin';
const berlin = (iso: string) => DateTime.fromISO(iso, { zone });
const now = berlin('2026-03-16T10:00');
const teamRef = 'group:default/platform';

/** Weekly shifts from Wednesday 09:00: bob's ends on 25 March, carol's begins. */
const rotation = weeklyBerlinRotation({ fallback: dave });

/** Carol is away on Thursday; alice helps out on Friday over lunch. */
const overrides: RotationOverride[] = [
  {
    id: 'away',
    kind: 'remove',
    userRef: carol,
    start: '2026-03-26T08:00:00.000Z',
    end: '2026-03-26T16:00:00.000Z',
  },
  {
    id: 'lunch',
    kind: 'add',
    userRef: alice,
    start: '2026-03-27T11:00:00.000Z',
    end: '2026-03-27T13:00:00.000Z',
  },
];

const desk = { teamRef, hours: officeHours(), rotation, digests: undefined };
const period = latestPlanningReminder(desk, now);
const week = weekAfter(desk, period);
const nameOf = (userRef: string) => userRef.split('/')[1].toUpperCase();

function reminderWith(options: { rotation: RotationSpec | null }) {
  const planned = { ...desk, rotation: options.rotation };
  return planningReminder({
    desk: planned,
    period,
    shifts: options.rotation
      ? scheduleBetween(options.rotation, overrides, week.start, week.end, {
          timeZone: zone,
        })
      : [],
    nameOf,
    recipients: [teamRef, carol],
  });
}

describe('planningReminder', () => {
  const reminder = reminderWith({ rotation });

  it('is of Monday 10:00, plans the next calendar week and links to the rotation editor', () => {
    expect(reminder).toMatchObject({
      teamRef,
      timeZone: zone,
      date: '2026-03-16',
      dueAt: '2026-03-16T10:00:00.000+01:00',
      enabled: true,
      recipients: [teamRef, carol],
      link: '/catalog/default/group/platform/zooport?edit=rotation',
      nextWeek: { from: '2026-03-23', to: '2026-03-29' },
      fallback: { userRef: dave, name: 'DAVE' },
    });
    expect([week.start.toISO(), week.end.toISO()]).toEqual([
      '2026-03-23T00:00:00.000+01:00',
      '2026-03-30T00:00:00.000+02:00',
    ]);
  });

  it('names who the rotation and the overrides put on duty, cut to the week', () => {
    expect(
      reminder.onDuty.map(d => [d.name, d.role, d.source, d.start, d.end]),
    ).toEqual([
      [
        'BOB',
        'primary',
        'rotation',
        '2026-03-23T00:00:00.000+01:00',
        '2026-03-25T09:00:00.000+01:00',
      ],
      [
        'CAROL',
        'primary',
        'rotation',
        '2026-03-25T09:00:00.000+01:00',
        '2026-03-26T09:00:00.000+01:00',
      ],
      [
        'DAVE',
        'fallback',
        'rotation',
        '2026-03-26T09:00:00.000+01:00',
        '2026-03-26T17:00:00.000+01:00',
      ],
      [
        'CAROL',
        'primary',
        'rotation',
        '2026-03-26T17:00:00.000+01:00',
        '2026-03-30T00:00:00.000+02:00',
      ],
      [
        'ALICE',
        'secondary',
        'override',
        '2026-03-27T12:00:00.000+01:00',
        '2026-03-27T14:00:00.000+01:00',
      ],
    ]);
  });

  it('calls out the support hours nobody but the fallback covers', () => {
    expect(reminder.gaps).toEqual([
      {
        start: '2026-03-26T09:00:00.000+01:00',
        end: '2026-03-26T17:00:00.000+01:00',
      },
    ]);
  });

  it('without a rotation, names nobody and calls every support hour a gap', () => {
    const none = reminderWith({ rotation: null });
    expect(none.onDuty).toEqual([]);
    expect(none.fallback).toBeNull();
    expect(none.gaps.map(gap => [gap.start, gap.end])).toEqual(
      ['23', '24', '25', '26', '27'].map(day => [
        `2026-03-${day}T09:00:00.000+01:00`,
        `2026-03-${day}T17:00:00.000+01:00`,
      ]),
    );
  });

  it('goes out on the weekday and at the time the desk sets', () => {
    const friday = {
      ...desk,
      digests: { planning: { weekday: 5 as const, time: '15:00' } },
    };
    const due = latestPlanningReminder(friday, berlin('2026-03-27T15:00'));
    expect(due.dueAt.toISO()).toBe('2026-03-27T15:00:00.000+01:00');
    expect(weekAfter(friday, due).days).toEqual({
      from: '2026-03-30',
      to: '2026-04-05',
    });
    expect(
      latestPlanningReminder(
        friday,
        berlin('2026-03-27T14:59'),
      ).date.toISODate(),
    ).toBe('2026-03-20');
  });
});
