import { DateTime } from 'luxon';
import { dueReadinessReminder, workshopDueAt } from './cadence';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const monthly = { every: 1, unit: 'months' } as const;

describe('workshopDueAt', () => {
  it('is a cadence after the last workshop held, else after the desk was made', () => {
    expect(
      workshopDueAt(monthly, at('2026-11-10T09:00'), at('2026-01-01')).toISO(),
    ).toBe('2026-12-10T09:00:00.000Z');
    expect(
      workshopDueAt(
        { every: 2, unit: 'weeks' },
        null,
        at('2026-11-01T00:00'),
      ).toISO(),
    ).toBe('2026-11-15T00:00:00.000Z');
  });
});

describe('dueReadinessReminder', () => {
  const held = at('2026-11-10T09:00');
  const since = at('2026-01-01T00:00');

  it.each([
    ['2026-12-03T08:59', undefined],
    [
      '2026-12-03T09:00',
      { kind: 'upcoming', period: '2026-12-10T09:00:00.000Z' },
    ],
    [
      '2026-12-10T08:59',
      { kind: 'upcoming', period: '2026-12-10T09:00:00.000Z' },
    ],
    [
      '2026-12-10T09:00',
      { kind: 'overdue', period: '2026-12-10T09:00:00.000Z' },
    ],
    [
      '2027-01-10T08:59',
      { kind: 'overdue', period: '2026-12-10T09:00:00.000Z' },
    ],
    [
      '2027-01-10T09:00',
      { kind: 'overdue', period: '2027-01-10T09:00:00.000Z' },
    ],
  ])('at %s: %p', (now, expected) => {
    const due = dueReadinessReminder(monthly, held, since, at(now));
    expect(due && { kind: due.kind, period: due.period.toISO() }).toEqual(
      expected,
    );
  });

  it('counts missed months from the start, so month ends do not drift', () => {
    const due = dueReadinessReminder(
      monthly,
      at('2026-01-31T10:00'),
      since,
      at('2026-03-31T10:00'),
    );
    expect(due?.period.toISO()).toBe('2026-03-31T10:00:00.000Z');
  });
});
