import { DateTime } from 'luxon';
import { onDutyAt, rotationMembers } from './onDuty';
import { reanchor } from './reanchor';
import {
  alice,
  bob,
  carol,
  dave,
  fallback,
  newcomer,
  weeklyBerlinRotation,
} from '../__testUtils__/testRotation';
import { RotationOverride } from './types';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });
const people = (result: ReturnType<typeof onDutyAt>) =>
  result.onDuty.map(m => `${m.userRef}:${m.role}:${m.source}`);

function override(changes: Partial<RotationOverride>): RotationOverride {
  return {
    id: 'o1',
    kind: 'replace',
    userRef: alice,
    start: '2026-01-08T00:00:00+01:00',
    end: '2026-01-10T00:00:00+01:00',
    ...changes,
  };
}

describe('onDutyAt', () => {
  it('hands the duty round the participants one shift each', () => {
    const spec = weeklyBerlinRotation();
    const weeks = [0, 1, 2, 3].map(
      week =>
        onDutyAt(
          spec,
          [],
          at('2026-01-08T12:00:00+01:00').plus({ weeks: week }),
        ).onDuty[0].userRef,
    );
    expect(weeks).toEqual([alice, bob, carol, alice]);
  });

  it('puts a pair on duty, primary then secondary, moving two places a shift', () => {
    const spec = weeklyBerlinRotation({
      membersPerShift: 2,
      participants: [alice, bob, carol, dave].map(userRef => ({
        userRef,
        capabilities: [],
      })),
    });
    expect(people(onDutyAt(spec, [], at('2026-01-08T12:00:00+01:00')))).toEqual(
      [`${alice}:primary:rotation`, `${bob}:secondary:rotation`],
    );
    expect(people(onDutyAt(spec, [], at('2026-01-15T12:00:00+01:00')))).toEqual(
      [`${carol}:primary:rotation`, `${dave}:secondary:rotation`],
    );
  });

  it('lets the fallback cover before the first shift', () => {
    const spec = weeklyBerlinRotation({ fallback });
    const result = onDutyAt(spec, [], at('2026-01-01T12:00:00+01:00'));
    expect(result.shift).toBeUndefined();
    expect(people(result)).toEqual([`${fallback}:fallback:rotation`]);
  });

  it('has nobody on duty before the first shift without a fallback', () => {
    const spec = weeklyBerlinRotation();
    expect(onDutyAt(spec, [], at('2026-01-01T12:00:00+01:00')).onDuty).toEqual(
      [],
    );
  });

  it('fills the second place of a pair with the fallback when one person is short', () => {
    const spec = weeklyBerlinRotation({
      membersPerShift: 2,
      participants: [{ userRef: alice, capabilities: [] }],
      fallback,
    });
    expect(people(onDutyAt(spec, [], at('2026-01-08T12:00:00+01:00')))).toEqual(
      [`${alice}:primary:rotation`, `${fallback}:fallback:rotation`],
    );
  });

  it('lets the fallback cover a day without support', () => {
    const spec = weeklyBerlinRotation({ fallback });
    const calendar = { timeZone: 'Europe/Berlin', supportDays: [1, 2, 3] };
    // Friday 9 January is not a support day; Wednesday 7 is.
    expect(
      people(onDutyAt(spec, [], at('2026-01-09T12:00:00+01:00'), calendar)),
    ).toEqual([`${fallback}:fallback:rotation`]);
    expect(
      people(onDutyAt(spec, [], at('2026-01-07T12:00:00+01:00'), calendar)),
    ).toEqual([`${alice}:primary:rotation`]);
  });

  it('judges the support day on the team wall clock', () => {
    const spec = weeklyBerlinRotation({ fallback });
    const calendar = { timeZone: 'Europe/Berlin', supportDays: [3] };
    // 23:30 UTC on Wednesday is already Thursday in Berlin.
    expect(
      onDutyAt(spec, [], at('2026-01-07T23:30:00Z'), calendar).onDuty[0].role,
    ).toBe('fallback');
  });

  describe('overrides', () => {
    const spec = weeklyBerlinRotation({ fallback });
    const during = at('2026-01-09T12:00:00+01:00');

    it('replaces a person in the same role for the override range only', () => {
      const vacation = override({ kind: 'replace', replacementRef: dave });
      expect(people(onDutyAt(spec, [vacation], during))).toEqual([
        `${dave}:primary:override`,
      ]);
      expect(
        people(onDutyAt(spec, [vacation], at('2026-01-10T00:00:00+01:00'))),
      ).toEqual([`${alice}:primary:rotation`]);
      expect(
        people(onDutyAt(spec, [vacation], at('2026-01-07T23:59:00+01:00'))),
      ).toEqual([`${alice}:primary:rotation`]);
    });

    it('adds a person as secondary', () => {
      const help = override({ kind: 'add', userRef: dave });
      expect(people(onDutyAt(spec, [help], during))).toEqual([
        `${alice}:primary:rotation`,
        `${dave}:secondary:override`,
      ]);
    });

    it('leaves a gap the fallback fills when a person is removed', () => {
      const sick = override({ kind: 'remove' });
      expect(people(onDutyAt(spec, [sick], during))).toEqual([
        `${fallback}:fallback:rotation`,
      ]);
    });

    it('ignores an override for someone who is not on duty', () => {
      const other = override({ kind: 'remove', userRef: carol });
      expect(people(onDutyAt(spec, [other], during))).toEqual([
        `${alice}:primary:rotation`,
      ]);
    });
  });

  it('shows observers without counting them as on duty', () => {
    const spec = weeklyBerlinRotation({ observers: [newcomer] });
    const result = onDutyAt(spec, [], at('2026-01-08T12:00:00+01:00'));
    expect(result.observers).toEqual([newcomer]);
    expect(result.onDuty.map(m => m.userRef)).not.toContain(newcomer);
  });
});

describe('reanchor', () => {
  const now = at('2026-01-16T12:00:00+01:00'); // shift 1: bob is on duty
  const previous = weeklyBerlinRotation();
  const participants = (...refs: string[]) =>
    refs.map(userRef => ({ userRef, capabilities: [] }));

  it('keeps the person on duty when participants are added mid-shift', () => {
    const next = reanchor(
      previous,
      weeklyBerlinRotation({
        participants: participants(dave, alice, bob, carol),
      }),
      now,
    );
    expect(onDutyAt(next, [], now).onDuty[0].userRef).toBe(bob);
    // and the order of the new list takes over from there
    expect(onDutyAt(next, [], now.plus({ weeks: 1 })).onDuty[0].userRef).toBe(
      carol,
    );
    expect(onDutyAt(next, [], now.plus({ weeks: 2 })).onDuty[0].userRef).toBe(
      dave,
    );
  });

  it('hands the rest of the shift to the next participant when the person on duty is removed', () => {
    const next = reanchor(
      previous,
      weeklyBerlinRotation({ participants: participants(alice, carol) }),
      now,
    );
    expect(onDutyAt(next, [], now).onDuty[0].userRef).toBe(carol);
    expect(onDutyAt(next, [], now.plus({ weeks: 1 })).onDuty[0].userRef).toBe(
      alice,
    );
  });

  it('keeps the whole pair on duty when the list is reordered mid-shift', () => {
    const pairs = weeklyBerlinRotation({
      membersPerShift: 2,
      participants: participants(alice, bob, carol, dave),
    });
    // shift 1: carol and dave
    expect(people(onDutyAt(pairs, [], now))).toEqual([
      `${carol}:primary:rotation`,
      `${dave}:secondary:rotation`,
    ]);
    const next = reanchor(
      pairs,
      { ...pairs, participants: participants(dave, alice, carol, bob) },
      now,
    );
    expect(people(onDutyAt(next, [], now))).toEqual([
      `${carol}:primary:rotation`,
      `${dave}:secondary:rotation`,
    ]);
    // the new order takes over at the next handoff
    expect(
      onDutyAt(next, [], now.plus({ weeks: 1 })).onDuty.map(m => m.userRef),
    ).toEqual([dave, alice]);
  });

  it('fills an emptied secondary place from the new order', () => {
    const pairs = weeklyBerlinRotation({
      membersPerShift: 2,
      participants: participants(alice, bob, carol, dave),
    });
    const next = reanchor(
      pairs,
      { ...pairs, participants: participants(alice, bob, carol) },
      now,
    );
    expect(onDutyAt(next, [], now).onDuty.map(m => m.userRef)).toEqual([
      carol,
      alice,
    ]);
  });

  it('leaves a rotation that has not started unanchored', () => {
    const next = reanchor(
      previous,
      weeklyBerlinRotation({ start: '2026-12-02' }),
      now,
    );
    expect(next.anchor).toBeUndefined();
    expect(rotationMembers(next, 0)[0].userRef).toBe(alice);
  });
});
