import { requestSla, slaClock, slaDeadline, SlaClockOptions } from './sla';
import { SlaTarget } from './types';
import { at, officeHours } from './__testUtils__/testHours';

const berlin = officeHours();
const monday = '2026-01-12T09:00:00+01:00';

const business = (minutes: number) => ({
  minutes,
  clock: 'business' as const,
});
const always = (minutes: number) => ({ minutes, clock: 'always' as const });

const pause = (start: string, end: string | null) => ({
  start: at(start),
  end: end === null ? null : at(end),
});

function clockOptions(
  overrides: Partial<SlaClockOptions> & { now: SlaClockOptions['now'] },
): SlaClockOptions {
  return {
    target: business(60),
    hours: berlin,
    startedAt: at(monday),
    stoppedAt: null,
    pauses: [],
    ...overrides,
  };
}

describe('slaClock', () => {
  describe('a 60-minute business clock started Monday 09:00', () => {
    it.each([
      // now, stoppedAt, elapsed minutes, state
      ['2026-01-12T09:30:00+01:00', null, 30, 'on_track'],
      ['2026-01-12T09:47:00+01:00', null, 47, 'on_track'],
      ['2026-01-12T09:48:00+01:00', null, 48, 'at_risk'],
      ['2026-01-12T10:00:00+01:00', null, 60, 'at_risk'],
      ['2026-01-12T10:01:00+01:00', null, 61, 'breached'],
      ['2026-01-12T11:00:00+01:00', '2026-01-12T09:20:00+01:00', 20, 'met'],
      ['2026-01-12T11:00:00+01:00', '2026-01-12T10:00:00+01:00', 60, 'met'],
      [
        '2026-01-12T11:00:00+01:00',
        '2026-01-12T10:00:30+01:00',
        60,
        'breached',
      ],
      [
        '2026-01-12T11:00:00+01:00',
        '2026-01-12T10:45:00+01:00',
        105,
        'breached',
      ],
    ] as const)(
      'at %s, stopped at %s: %i minutes, %s',
      (now, stoppedAt, elapsedMinutes, state) => {
        expect(
          slaClock(
            clockOptions({
              now: at(now),
              stoppedAt: stoppedAt === null ? null : at(stoppedAt),
            }),
          ),
        ).toEqual({
          targetMinutes: 60,
          clock: 'business',
          deadline: '2026-01-12T10:00:00.000+01:00',
          elapsedMinutes,
          state,
          paused: false,
        });
      },
    );
  });

  it.each([
    // description, options, deadline, elapsed minutes, state
    [
      'runs over a weekend',
      {
        startedAt: at('2026-01-09T16:30:00+01:00'),
        now: at('2026-01-10T12:00:00+01:00'),
      },
      '2026-01-12T09:30:00.000+01:00',
      30,
      'on_track',
    ],
    [
      'is breached just after a deadline after a weekend',
      {
        startedAt: at('2026-01-09T16:30:00+01:00'),
        now: at('2026-01-12T09:31:00+01:00'),
      },
      '2026-01-12T09:30:00.000+01:00',
      61,
      'breached',
    ],
    [
      'starts at the next opening',
      {
        startedAt: at('2026-01-10T10:00:00+01:00'),
        now: at('2026-01-11T10:00:00+01:00'),
      },
      '2026-01-12T10:00:00.000+01:00',
      0,
      'on_track',
    ],
    [
      'is not breached overnight when the target is reached at closing',
      {
        startedAt: at('2026-01-12T16:00:00+01:00'),
        now: at('2026-01-12T18:00:00+01:00'),
      },
      '2026-01-13T09:00:00.000+01:00',
      60,
      'at_risk',
    ],
    [
      'is breached once the next day starts',
      {
        startedAt: at('2026-01-12T16:00:00+01:00'),
        now: at('2026-01-13T09:00:30+01:00'),
      },
      '2026-01-13T09:00:00.000+01:00',
      60,
      'breached',
    ],
    [
      'takes a larger at-risk share',
      { atRiskShare: 0.5, now: at('2026-01-12T09:30:00+01:00') },
      '2026-01-12T10:00:00.000+01:00',
      30,
      'at_risk',
    ],
    [
      'keeps the offset of the desk zone over a clock change',
      {
        startedAt: at('2026-03-27T16:30:00+01:00'),
        now: at('2026-03-28T12:00:00+01:00'),
      },
      '2026-03-30T09:30:00.000+02:00',
      30,
      'on_track',
    ],
    [
      'never runs when the desk has no hours',
      {
        hours: officeHours({ weekly: [] }),
        now: at('2026-01-19T09:00:00+01:00'),
      },
      null,
      0,
      'on_track',
    ],
  ] as const)('%s', (_, overrides, deadline, elapsedMinutes, state) => {
    expect(slaClock(clockOptions(overrides))).toEqual({
      targetMinutes: 60,
      clock: 'business',
      deadline,
      elapsedMinutes,
      state,
      paused: false,
    });
  });

  describe('with pauses', () => {
    it.each([
      // description, target, pauses, now, stoppedAt, expected
      [
        'a finished pause moves the deadline by its business minutes',
        business(240),
        [pause('2026-01-12T10:00:00+01:00', '2026-01-12T11:30:00+01:00')],
        '2026-01-12T12:00:00+01:00',
        null,
        {
          deadline: '2026-01-12T14:30:00.000+01:00',
          elapsedMinutes: 90,
          state: 'on_track',
          paused: false,
        },
      ],
      [
        'an overnight pause counts only its business minutes',
        business(480),
        [pause('2026-01-12T16:00:00+01:00', '2026-01-13T10:00:00+01:00')],
        '2026-01-13T10:30:00+01:00',
        null,
        {
          deadline: '2026-01-13T11:00:00.000+01:00',
          elapsedMinutes: 450,
          state: 'at_risk',
          paused: false,
        },
      ],
      [
        'a pause over a weekend changes nothing',
        business(480),
        [pause('2026-01-10T09:00:00+01:00', '2026-01-11T18:00:00+01:00')],
        '2026-01-12T10:00:00+01:00',
        null,
        {
          deadline: '2026-01-13T09:00:00.000+01:00',
          elapsedMinutes: 60,
          state: 'on_track',
          paused: false,
        },
      ],
      [
        'an open pause has no deadline',
        business(240),
        [pause('2026-01-12T10:00:00+01:00', null)],
        '2026-01-12T11:00:00+01:00',
        null,
        {
          deadline: null,
          elapsedMinutes: 60,
          state: 'on_track',
          paused: true,
        },
      ],
      [
        'an open pause after the deadline stays breached',
        business(60),
        [pause('2026-01-12T10:30:00+01:00', null)],
        '2026-01-12T12:00:00+01:00',
        null,
        {
          deadline: null,
          elapsedMinutes: 90,
          state: 'breached',
          paused: true,
        },
      ],
      [
        'a pause after the deadline does not move it',
        business(60),
        [pause('2026-01-12T11:00:00+01:00', '2026-01-12T12:00:00+01:00')],
        '2026-01-12T13:00:00+01:00',
        null,
        {
          deadline: '2026-01-12T10:00:00.000+01:00',
          elapsedMinutes: 180,
          state: 'breached',
          paused: false,
        },
      ],
      [
        'a pause still open when the clock stopped ends there',
        business(240),
        [pause('2026-01-12T10:00:00+01:00', null)],
        '2026-01-12T12:00:00+01:00',
        '2026-01-12T11:00:00+01:00',
        {
          deadline: '2026-01-12T14:00:00.000+01:00',
          elapsedMinutes: 60,
          state: 'met',
          paused: false,
        },
      ],
      [
        'overlapping pauses count once',
        business(240),
        [
          pause('2026-01-12T10:00:00+01:00', '2026-01-12T11:00:00+01:00'),
          pause('2026-01-12T10:30:00+01:00', '2026-01-12T11:30:00+01:00'),
        ],
        '2026-01-12T12:00:00+01:00',
        null,
        {
          deadline: '2026-01-12T14:30:00.000+01:00',
          elapsedMinutes: 90,
          state: 'on_track',
          paused: false,
        },
      ],
    ] as const)('%s', (_, target, pauses, now, stoppedAt, expected) => {
      expect(
        slaClock(
          clockOptions({
            target,
            pauses: [...pauses],
            now: at(now),
            stoppedAt: stoppedAt === null ? null : at(stoppedAt),
          }),
        ),
      ).toEqual({
        targetMinutes: target.minutes,
        clock: 'business',
        ...expected,
      });
    });
  });

  describe('on an always clock', () => {
    it.each([
      // description, target, startedAt, pauses, now, expected
      [
        'counts the night',
        always(120),
        '2026-01-09T23:00:00+01:00',
        [],
        '2026-01-10T00:30:00+01:00',
        {
          deadline: '2026-01-10T01:00:00.000+01:00',
          elapsedMinutes: 90,
          state: 'on_track',
        },
      ],
      [
        'counts a weekend with a clock change in real minutes',
        always(2880),
        '2026-03-27T18:00:00+01:00',
        [],
        '2026-03-29T12:00:00+02:00',
        {
          deadline: '2026-03-29T19:00:00.000+02:00',
          elapsedMinutes: 2460,
          state: 'at_risk',
        },
      ],
      [
        'is moved by every minute of a pause',
        always(240),
        '2026-01-09T23:00:00+01:00',
        [pause('2026-01-10T00:00:00+01:00', '2026-01-10T02:00:00+01:00')],
        '2026-01-10T03:00:00+01:00',
        {
          deadline: '2026-01-10T05:00:00.000+01:00',
          elapsedMinutes: 120,
          state: 'on_track',
        },
      ],
      [
        'is breached at night',
        always(60),
        '2026-01-09T23:00:00+01:00',
        [],
        '2026-01-10T00:01:00+01:00',
        {
          deadline: '2026-01-10T00:00:00.000+01:00',
          elapsedMinutes: 61,
          state: 'breached',
        },
      ],
    ] as const)('%s', (_, target, startedAt, pauses, now, expected) => {
      expect(
        slaClock(
          clockOptions({
            target,
            startedAt: at(startedAt),
            pauses: [...pauses],
            now: at(now),
          }),
        ),
      ).toEqual({
        targetMinutes: target.minutes,
        clock: 'always',
        paused: false,
        ...expected,
      });
    });
  });
});

describe('slaDeadline', () => {
  it.each([
    // description, target, pauses, deadline
    ['without pauses', business(60), [], '2026-01-12T10:00:00.000+01:00'],
    [
      'after a pause',
      business(60),
      [pause('2026-01-12T09:30:00+01:00', '2026-01-12T10:15:00+01:00')],
      '2026-01-12T10:45:00.000+01:00',
    ],
    [
      'after a pause that began as the target was reached',
      business(60),
      [pause('2026-01-12T10:00:00+01:00', '2026-01-12T10:30:00+01:00')],
      '2026-01-12T10:30:00.000+01:00',
    ],
    [
      'after a pause that ended overnight',
      business(420),
      [pause('2026-01-12T15:00:00+01:00', '2026-01-13T09:30:00+01:00')],
      '2026-01-13T10:30:00.000+01:00',
    ],
    [
      'on an always clock after a pause',
      always(60),
      [pause('2026-01-12T09:30:00+01:00', '2026-01-12T10:15:00+01:00')],
      '2026-01-12T10:45:00.000+01:00',
    ],
    [
      'while a pause is open',
      business(60),
      [pause('2026-01-12T09:30:00+01:00', null)],
      null,
    ],
  ] as const)('%s', (_, target, pauses, expected) => {
    const deadline = slaDeadline({
      target,
      hours: berlin,
      startedAt: at(monday),
      pauses: [...pauses],
    });
    expect(deadline?.setZone('Europe/Berlin').toISO() ?? null).toBe(expected);
  });
});

describe('requestSla', () => {
  const target: SlaTarget = {
    firstResponseMinutes: 60,
    resolutionMinutes: 480,
    clock: 'business',
  };
  const request = {
    target,
    hours: berlin,
    createdAt: at(monday),
    firstRespondedAt: null,
    resolvedAt: null,
    resolutionPauses: [],
  };

  it('pauses only the resolution clock while waiting for the requester', () => {
    const sla = requestSla({
      ...request,
      firstRespondedAt: at('2026-01-12T09:45:00+01:00'),
      resolutionPauses: [
        pause('2026-01-12T10:00:00+01:00', '2026-01-12T12:00:00+01:00'),
      ],
      now: at('2026-01-12T13:00:00+01:00'),
    });
    expect(sla).toEqual({
      firstResponse: {
        targetMinutes: 60,
        clock: 'business',
        deadline: '2026-01-12T10:00:00.000+01:00',
        elapsedMinutes: 45,
        state: 'met',
        paused: false,
      },
      resolution: {
        targetMinutes: 480,
        clock: 'business',
        deadline: '2026-01-13T11:00:00.000+01:00',
        elapsedMinutes: 120,
        state: 'on_track',
        paused: false,
      },
    });
  });

  it('keeps the first-response clock running while the request waits', () => {
    const sla = requestSla({
      ...request,
      resolutionPauses: [pause('2026-01-12T09:30:00+01:00', null)],
      now: at('2026-01-12T10:30:00+01:00'),
    });
    expect(sla.firstResponse).toMatchObject({
      deadline: '2026-01-12T10:00:00.000+01:00',
      elapsedMinutes: 90,
      state: 'breached',
      paused: false,
    });
    expect(sla.resolution).toMatchObject({
      deadline: null,
      elapsedMinutes: 30,
      state: 'on_track',
      paused: true,
    });
  });

  it('counts a resolution without an earlier response as the response', () => {
    const sla = requestSla({
      ...request,
      resolvedAt: at('2026-01-12T09:50:00+01:00'),
      now: at('2026-01-14T09:00:00+01:00'),
    });
    expect(sla.firstResponse).toMatchObject({
      elapsedMinutes: 50,
      state: 'met',
    });
    expect(sla.resolution).toMatchObject({
      deadline: '2026-01-13T09:00:00.000+01:00',
      elapsedMinutes: 50,
      state: 'met',
    });
  });

  it('stops both clocks when the request is closed unresolved', () => {
    const sla = requestSla({
      ...request,
      closedAt: at('2026-01-13T12:00:00+01:00'),
      now: at('2026-01-20T09:00:00+01:00'),
    });
    expect(sla.firstResponse).toMatchObject({
      elapsedMinutes: 660,
      state: 'breached',
    });
    expect(sla.resolution).toMatchObject({
      elapsedMinutes: 660,
      state: 'breached',
    });
  });
});
