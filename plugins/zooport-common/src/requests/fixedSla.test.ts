import { DateTime } from 'luxon';
import { fixedSlaClock, resumedSlaInstant } from './sla';
import { at, officeHours, weekdays } from './__testUtils__/testHours';

/** The desk's hours after the team changed them: Mon–Fri 10:00–16:00. */
const shorterHours = officeHours({
  weekly: weekdays.map(day => ({ day, start: '10:00', end: '16:00' })),
});

describe('resumedSlaInstant', () => {
  it.each([
    // clock, milestone, pause start, pause end, hours at resume, after
    [
      'business',
      '2026-01-12T14:00:00+01:00',
      '2026-01-12T15:00:00+01:00',
      '2026-01-13T10:00:00+01:00',
      'Mon–Fri 09–17',
      // Passed before the pause: stays.
      '2026-01-12T14:00:00+01:00',
    ],
    [
      'business',
      '2026-01-12T16:00:00+01:00',
      '2026-01-12T15:00:00+01:00',
      '2026-01-13T10:00:00+01:00',
      'Mon–Fri 09–17',
      // 60 minutes were left.
      '2026-01-13T11:00:00+01:00',
    ],
    [
      'business',
      '2026-01-12T16:30:00+01:00',
      '2026-01-12T15:00:00+01:00',
      '2026-01-13T09:00:00+01:00',
      'Mon–Fri 10–16',
      // The hours at resume count 15:00–16:30 as 60 minutes, laid from 10:00.
      '2026-01-13T11:00:00+01:00',
    ],
    [
      'business',
      '2026-03-27T16:30:00+01:00',
      '2026-03-27T16:00:00+01:00',
      '2026-03-30T09:00:00+02:00',
      'Mon–Fri 09–17',
      // Paused over the weekend the clocks go forward: 30 minutes left.
      '2026-03-30T09:30:00+02:00',
    ],
    [
      'always',
      '2026-03-28T13:00:00+01:00',
      '2026-03-28T12:00:00+01:00',
      '2026-03-29T12:00:00+02:00',
      'Mon–Fri 09–17',
      // Every minute counts: 60 left, laid after a 23-hour day.
      '2026-03-29T13:00:00+02:00',
    ],
  ] as const)(
    'a %s clock due %s, paused %s to %s, resumed under %s: %s',
    (clock, milestone, start, end, hoursName, expected) => {
      const hours =
        hoursName === 'Mon–Fri 10–16' ? shorterHours : officeHours();
      const resumed = resumedSlaInstant(
        at(milestone),
        { start: at(start), end: at(end) },
        clock,
        hours,
      );
      expect(resumed?.toMillis()).toBe(at(expected).toMillis());
    },
  );

  it('gives no instant when the desk never opens', () => {
    expect(
      resumedSlaInstant(
        at('2026-01-12T16:00:00+01:00'),
        {
          start: at('2026-01-12T15:00:00+01:00'),
          end: at('2026-01-13T10:00:00+01:00'),
        },
        'business',
        officeHours({ weekly: [] }),
      ),
    ).toBeNull();
  });
});

describe('fixedSlaClock', () => {
  // Filed Monday 12 January 2026, 09:00 in Berlin under Mon–Fri 09:00–17:00:
  // a 60-minute first response is due at 10:00, at risk from 09:48. The desk
  // now keeps 10:00–16:00, which would put the deadline at 11:00.
  const fixed = {
    target: { minutes: 60, clock: 'business' as const },
    hours: shorterHours,
    startedAt: at('2026-01-12T09:00:00+01:00'),
    warnAt: at('2026-01-12T09:48:00+01:00'),
    dueAt: at('2026-01-12T10:00:00+01:00'),
  };
  const due = '2026-01-12T10:00:00+01:00';

  it.each([
    // now, stopped at, paused since, state, deadline shown
    ['2026-01-12T09:30:00+01:00', null, null, 'on_track', due],
    ['2026-01-12T09:48:00+01:00', null, null, 'at_risk', due],
    ['2026-01-12T10:00:00+01:00', null, null, 'at_risk', due],
    ['2026-01-12T10:01:00+01:00', null, null, 'breached', due],
    [
      '2026-01-12T12:00:00+01:00',
      '2026-01-12T10:00:00+01:00',
      null,
      'met',
      due,
    ],
    [
      '2026-01-12T12:00:00+01:00',
      '2026-01-12T10:01:00+01:00',
      null,
      'breached',
      due,
    ],
    // A paused clock keeps the state it had when the pause began.
    [
      '2026-01-13T12:00:00+01:00',
      null,
      '2026-01-12T09:30:00+01:00',
      'on_track',
      null,
    ],
    [
      '2026-01-13T12:00:00+01:00',
      null,
      '2026-01-12T09:50:00+01:00',
      'at_risk',
      null,
    ],
    [
      '2026-01-13T12:00:00+01:00',
      null,
      '2026-01-12T10:30:00+01:00',
      'breached',
      null,
    ],
  ] as const)(
    'at %s, stopped %s, paused since %s: %s, deadline %s',
    (now, stoppedAt, pausedSince, state, deadline) => {
      const clock = fixedSlaClock({
        ...fixed,
        now: at(now),
        stoppedAt: stoppedAt && at(stoppedAt),
        pauses: pausedSince ? [{ start: at(pausedSince), end: null }] : [],
      });
      expect(clock.state).toBe(state);
      expect(clock.paused).toBe(pausedSince !== null);
      expect(
        clock.deadline && DateTime.fromISO(clock.deadline).toMillis(),
      ).toBe(deadline && at(deadline).toMillis());
    },
  );

  it('counts the elapsed minutes with the hours now', () => {
    const clock = fixedSlaClock({
      ...fixed,
      now: at('2026-01-12T10:30:00+01:00'),
      stoppedAt: null,
      pauses: [],
    });
    expect(clock.elapsedMinutes).toBe(30);
    expect(clock.state).toBe('breached');
  });

  it('never breaches without a deadline (a desk that never opens)', () => {
    const clock = fixedSlaClock({
      ...fixed,
      warnAt: null,
      dueAt: null,
      now: at('2026-02-12T10:30:00+01:00'),
      stoppedAt: null,
      pauses: [],
    });
    expect(clock).toMatchObject({ state: 'on_track', deadline: null });
  });
});
