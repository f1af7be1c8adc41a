import { DateTime } from 'luxon';
import {
  alice,
  bob,
  fallback,
  newcomer,
  weeklyBerlinRotation,
} from '../__testUtils__/testRotation';
import { scheduleBetween } from '../rotation/schedule';
import { RotationSpec } from '../rotation/types';
import { ReadinessStage } from './stages';
import { readinessWarnings, StageNow } from './stageWarnings';

/** Wednesday 4 March 2026, 09:00 Berlin: a handoff. */
const now = DateTime.fromISO('2026-03-04T09:00', { zone: 'Europe/Berlin' });

function warningsOf(
  rotation: RotationSpec,
  stages: Record<string, ReadinessStage | StageNow>,
) {
  const shifts = scheduleBetween(rotation, [], now, now.plus({ weeks: 4 }));
  return readinessWarnings({
    shifts,
    stages: new Map(
      Object.entries(stages).map(([userRef, stage]) => [
        userRef,
        typeof stage === 'string'
          ? { stage, since: now.minus({ weeks: 4 }).toISO()! }
          : stage,
      ]),
    ),
    observers: rotation.observers,
  }).map(w => ({ kind: w.kind, userRef: w.userRef, start: w.shiftStart }));
}

const people = (refs: string[]) =>
  refs.map(userRef => ({ userRef, capabilities: [] }));

describe('readinessWarnings', () => {
  it('warns about nobody when no one is staged: everyone counts as ready', () => {
    expect(warningsOf(weeklyBerlinRotation(), {})).toEqual([]);
  });

  it('warns when someone not ready is on duty alone', () => {
    const rotation = weeklyBerlinRotation({
      participants: people([alice, newcomer]),
    });
    const warnings = warningsOf(rotation, { [newcomer]: 'shadow' });
    expect(warnings).toEqual([
      {
        kind: 'alone',
        userRef: newcomer,
        start: '2026-03-11T09:00:00.000+01:00',
      },
      {
        kind: 'alone',
        userRef: newcomer,
        start: '2026-03-25T09:00:00.000+01:00',
      },
    ]);
  });

  it('does not count the fallback as company', () => {
    const rotation = weeklyBerlinRotation({
      participants: people([newcomer]),
      fallback,
    });
    expect(
      warningsOf(rotation, { [newcomer]: 'reverse-shadow' }).map(w => w.kind),
    ).toEqual(['alone', 'alone', 'alone', 'alone']);
  });

  /** Two a shift: bob and nina, alice and bob, nina and alice, bob and nina. */
  const pairs = weeklyBerlinRotation({
    participants: people([alice, bob, newcomer]),
    membersPerShift: 2,
  });

  it('lets a shadow be secondary to someone ready, never primary', () => {
    expect(warningsOf(pairs, { [newcomer]: 'shadow' })).toEqual([
      {
        kind: 'primary',
        userRef: newcomer,
        start: '2026-03-18T09:00:00.000+01:00',
      },
    ]);
  });

  it('lets a reverse shadow be primary with someone ready alongside, not with another newcomer', () => {
    expect(warningsOf(pairs, { [newcomer]: 'reverse-shadow' })).toEqual([]);
    expect(
      warningsOf(pairs, {
        [newcomer]: 'reverse-shadow',
        [alice]: 'shadow',
      }).filter(w => w.userRef === newcomer),
    ).toEqual([
      {
        kind: 'primary',
        userRef: newcomer,
        start: '2026-03-18T09:00:00.000+01:00',
      },
    ]);
  });

  describe('an observer (a newcomer) before their first shift', () => {
    const twoOf = (observers: string[]) => ({ ...pairs, observers });

    it('is warned about when they are not among the observers', () => {
      expect(
        warningsOf(twoOf([]), { [newcomer]: 'observer' }).filter(
          w => w.kind === 'no-observer-week',
        ),
      ).toEqual([
        {
          kind: 'no-observer-week',
          userRef: newcomer,
          start: '2026-03-04T09:00:00.000+01:00',
        },
      ]);
    });

    it('is warned about when their first shift starts less than a week after they became one', () => {
      const since = now.minus({ days: 3 }).toISO()!;
      expect(
        warningsOf(twoOf([newcomer]), {
          [newcomer]: { stage: 'observer', since },
        }).map(w => w.kind),
      ).toContain('no-observer-week');
    });

    it('is not warned about once they observed a week', () => {
      const since = now.minus({ weeks: 1 }).toISO()!;
      expect(
        warningsOf(twoOf([newcomer]), {
          [newcomer]: { stage: 'observer', since },
        }).map(w => w.kind),
      ).not.toContain('no-observer-week');
    });
  });

  it('leaves out days the desk does not support', () => {
    const rotation = weeklyBerlinRotation({
      participants: people([newcomer]),
      shiftLength: { unit: 'day', count: 1 },
    });
    const shifts = scheduleBetween(rotation, [], now, now.plus({ days: 7 }), {
      timeZone: 'Europe/Berlin',
      supportDays: [1, 2, 3, 4, 5],
    });
    expect(
      readinessWarnings({
        shifts,
        stages: new Map([[newcomer, { stage: 'shadow', since: now.toISO()! }]]),
        observers: [],
      }).map(w => DateTime.fromISO(w.shiftStart).weekday),
    ).not.toContain(6);
  });
});
