import { DateTime } from 'luxon';
import { shiftAt, shiftBounds } from './shifts';
import { weeklyBerlinRotation } from '../__testUtils__/testRotation';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });
const hours = (bounds: { start: DateTime; end: DateTime }) =>
  bounds.end.diff(bounds.start, 'hours').hours;

describe('shiftAt', () => {
  const spec = weeklyBerlinRotation();

  it('starts the first shift on the start date at the handoff time', () => {
    const shift = shiftAt(spec, at('2026-01-07T09:00:00+01:00'))!;
    expect(shift.index).toBe(0);
    expect(shift.start.toISO()).toBe('2026-01-07T09:00:00.000+01:00');
    expect(shift.end.toISO()).toBe('2026-01-14T09:00:00.000+01:00');
  });

  it('has no shift before the rotation starts', () => {
    expect(shiftAt(spec, at('2026-01-07T08:59:00+01:00'))).toBeUndefined();
    expect(shiftAt(spec, at('2025-06-01T12:00:00Z'))).toBeUndefined();
  });

  it('hands off exactly at the handoff minute', () => {
    expect(shiftAt(spec, at('2026-01-14T08:59:00+01:00'))!.index).toBe(0);
    expect(shiftAt(spec, at('2026-01-14T09:00:00+01:00'))!.index).toBe(1);
  });

  it('reads the handoff on the wall clock whatever zone the question uses', () => {
    expect(shiftAt(spec, at('2026-01-14T07:59:00Z'))!.index).toBe(0);
    expect(shiftAt(spec, at('2026-01-14T08:00:00Z'))!.index).toBe(1);
    expect(shiftAt(spec, at('2026-01-14T03:00:00-05:00'))!.index).toBe(1);
  });

  it('has a 167 h shift over the March change and 169 h over October', () => {
    const march = shiftAt(spec, at('2026-03-28T12:00:00+01:00'))!;
    expect(march.start.toISO()).toBe('2026-03-25T09:00:00.000+01:00');
    expect(march.end.toISO()).toBe('2026-04-01T09:00:00.000+02:00');
    expect(hours(march)).toBe(167);

    const october = shiftAt(spec, at('2026-10-24T12:00:00+02:00'))!;
    expect(october.end.toISO()).toBe('2026-10-28T09:00:00.000+01:00');
    expect(hours(october)).toBe(169);
  });

  it.each([
    ['America/Chicago', '2026-03-08T12:00:00-06:00', 167],
    ['America/Chicago', '2026-11-01T12:00:00-05:00', 169],
    ['Australia/Lord_Howe', '2026-10-04T12:00:00+11:00', 167.5],
    ['Australia/Lord_Howe', '2026-04-05T12:00:00+10:30', 168.5],
  ])('follows the wall clock in %s around %s', (timeZone, instant, length) => {
    const spec2 = weeklyBerlinRotation({ timeZone });
    expect(hours(shiftAt(spec2, at(instant))!)).toBe(length);
  });

  it('moves a handoff inside the spring gap to the end of the gap', () => {
    // Sunday 02:30 does not exist in Berlin on 29 March 2026.
    const spec2 = weeklyBerlinRotation({
      handoff: { day: 7, time: '02:30' },
      start: '2026-03-01',
    });
    const shift = shiftAt(spec2, at('2026-03-29T12:00:00+02:00'))!;
    expect(shift.start.toISO()).toBe('2026-03-29T03:00:00.000+02:00');
    expect(shiftAt(spec2, at('2026-03-29T00:59:00Z'))!.index).toBe(3);
    expect(shiftAt(spec2, at('2026-03-29T01:00:00Z'))!.index).toBe(4);
  });

  it('hands off at the first of two 02:30s when clocks fall back', () => {
    const spec2 = weeklyBerlinRotation({
      handoff: { day: 7, time: '02:30' },
      start: '2026-10-04',
    });
    const shift = shiftAt(spec2, at('2026-10-25T02:45:00+01:00'))!;
    expect(shift.start.toISO()).toBe('2026-10-25T02:30:00.000+02:00');
    expect(shiftAt(spec2, at('2026-10-25T02:29:00+02:00'))!.index).toBe(2);
  });

  it('supports shifts of several days', () => {
    const spec2 = weeklyBerlinRotation({
      shiftLength: { unit: 'day', count: 2 },
    });
    const shift = shiftAt(spec2, at('2026-01-10T10:00:00+01:00'))!;
    expect(shift.index).toBe(1);
    expect(shift.start.toISO()).toBe('2026-01-09T09:00:00.000+01:00');
    expect(shift.end.toISO()).toBe('2026-01-11T09:00:00.000+01:00');
  });

  it('finds a shift centuries ahead without walking the shifts between', () => {
    const shift = shiftAt(spec, at('2400-01-05T12:00:00Z'))!;
    expect(shift.start.weekday).toBe(3);
    expect(shift.start.setZone('Europe/Berlin').toFormat('HH:mm')).toBe(
      '09:00',
    );
    expect(shift.start <= at('2400-01-05T12:00:00Z')).toBe(true);
    expect(shift.end > at('2400-01-05T12:00:00Z')).toBe(true);
    expect(shiftBounds(spec, shift.index - 1).end.toISO()).toBe(
      shift.start.toISO(),
    );
  });
});
