import {
  firstResponseAt,
  firstResponseMilestones,
  resolutionMilestones,
  resolutionPausesOf,
  storedRequestSla,
} from './slaMilestones';
import { at, officeHours, weekdays } from './__testUtils__/testHours';

// Filed Monday 12 January 2026, 09:00 in Berlin, when the desk opens.
const request = {
  slaTarget: {
    firstResponseMinutes: 60,
    resolutionMinutes: 240,
    clock: 'business' as const,
  },
  createdAt: '2026-01-12T08:00:00.000Z',
};
const sla = { hours: officeHours(), atRiskShare: 0.2 };

describe('request SLA milestones', () => {
  it.each([
    // resolution pauses, first response, resolution
    [
      [],
      { warnAt: '2026-01-12T08:48:00.000Z', dueAt: '2026-01-12T09:00:00.000Z' },
      { warnAt: '2026-01-12T11:12:00.000Z', dueAt: '2026-01-12T12:00:00.000Z' },
    ],
    [
      [{ start: '2026-01-12T08:30:00.000Z', end: '2026-01-12T09:00:00.000Z' }],
      { warnAt: '2026-01-12T08:48:00.000Z', dueAt: '2026-01-12T09:00:00.000Z' },
      { warnAt: '2026-01-12T11:42:00.000Z', dueAt: '2026-01-12T12:30:00.000Z' },
    ],
    [
      [{ start: '2026-01-12T08:30:00.000Z', end: null }],
      { warnAt: '2026-01-12T08:48:00.000Z', dueAt: '2026-01-12T09:00:00.000Z' },
      { warnAt: null, dueAt: null },
    ],
  ])(
    'paused %j: first response %j, resolution %j',
    (resolutionPauses, firstResponse, resolution) => {
      const paused = { ...request, resolutionPauses };
      expect(firstResponseMilestones(paused, sla)).toEqual(firstResponse);
      expect(resolutionMilestones(paused, sla)).toEqual(resolution);
    },
  );

  it('reads stored pauses as instants', () => {
    const [closed, open] = resolutionPausesOf({
      resolutionPauses: [
        { start: '2026-01-12T08:30:00.000Z', end: '2026-01-12T09:00:00.000Z' },
        { start: '2026-01-12T10:00:00.000Z', end: null },
      ],
    });
    expect(closed.start.toMillis()).toBe(Date.UTC(2026, 0, 12, 8, 30));
    expect(closed.end?.toMillis()).toBe(Date.UTC(2026, 0, 12, 9));
    expect(open.start.toMillis()).toBe(Date.UTC(2026, 0, 12, 10));
    expect(open.end).toBeNull();
  });
});

describe('the first response', () => {
  const filed = {
    ...request,
    resolutionPauses: [],
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstResponse: firstResponseMilestones(request, sla),
    resolutionMilestones: resolutionMilestones(
      { ...request, resolutionPauses: [] },
      sla,
    ),
  };
  // 10:30 in Berlin, an hour and a half after the desk opened.
  const answeredAt = at('2026-01-12T09:30:00.000Z');
  const nextDay = at('2026-01-13T12:00:00.000Z');

  it('keeps the minutes its clock counted up to the response', () => {
    expect(firstResponseAt(filed, answeredAt, sla)).toEqual({
      firstRespondedAt: '2026-01-12T09:30:00.000Z',
      firstResponseMinutes: 90,
    });
  });

  it('shows the kept minutes after the hours change; without them, counts with the new hours', () => {
    const answered = {
      ...filed,
      ...firstResponseAt(filed, answeredAt, sla),
    };
    // The desk now opens at 10:00, so only 30 of those minutes fall inside.
    const later = {
      ...sla,
      hours: officeHours({
        weekly: weekdays.map(day => ({ day, start: '10:00', end: '17:00' })),
      }),
    };
    const kept = storedRequestSla(answered, later, nextDay).firstResponse;
    expect(kept).toMatchObject({ elapsedMinutes: 90, state: 'breached' });
    const recounted = storedRequestSla(
      { ...answered, firstResponseMinutes: undefined },
      later,
      nextDay,
    ).firstResponse;
    expect(recounted).toMatchObject({ elapsedMinutes: 30, state: 'breached' });
  });
});
