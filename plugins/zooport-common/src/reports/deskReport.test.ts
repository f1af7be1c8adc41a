import { DateTime } from 'luxon';
import {
  coverage,
  desk,
  now,
  requests,
  stretches,
} from './__testUtils__/clockChangeWeekend';
import { deskReport, orgReportRow } from './deskReport';

// Every figure below is counted by hand from the requests and stretches of
// clockChangeWeekend.ts; the comments say how.

const report = deskReport({
  desk,
  range: { from: '2026-03-27', to: '2026-03-30', bucket: 'day' },
  requests,
  duty: { stretches, coverage },
  now,
});

describe('deskReport over the weekend the clocks go forward', () => {
  it('cuts calendar days on the wall clock, Sunday 23 hours long', () => {
    expect(report.buckets.map(b => [b.label, b.start, b.end])).toEqual([
      [
        '2026-03-27',
        '2026-03-27T00:00:00.000+01:00',
        '2026-03-28T00:00:00.000+01:00',
      ],
      [
        '2026-03-28',
        '2026-03-28T00:00:00.000+01:00',
        '2026-03-29T00:00:00.000+01:00',
      ],
      [
        '2026-03-29',
        '2026-03-29T00:00:00.000+01:00',
        '2026-03-30T00:00:00.000+02:00',
      ],
      [
        '2026-03-30',
        '2026-03-30T00:00:00.000+02:00',
        '2026-03-31T00:00:00.000+02:00',
      ],
    ]);
    expect([report.from, report.to]).toEqual([
      '2026-03-27T00:00:00.000+01:00',
      '2026-03-31T00:00:00.000+02:00',
    ]);
  });

  it('counts requests filed, resolved and open at the end of each day', () => {
    // Filed: A B | C (Sat 23:30 CET) | D (Sun 23:30 CEST) | G H.
    // Resolved: A | – | C | B G H.
    // Open at midnight: B E F | B E C | B E D | E D.
    expect(report.buckets.map(b => [b.filed, b.resolved, b.open])).toEqual([
      [2, 1, 3],
      [1, 0, 3],
      [1, 1, 3],
      [2, 3, 2],
    ]);
    expect(report.totals).toMatchObject({
      filed: 6,
      resolved: 5,
      openAtEnd: 2,
    });
  });

  it('splits them by type and priority', () => {
    // Friday: A and B (Access) filed, A resolved, B E F (Access) open.
    expect(report.buckets[0].byType).toEqual({
      Access: { filed: 2, resolved: 1, open: 3 },
      Deploy: { filed: 0, resolved: 0, open: 0 },
    });
    // Saturday: C (Deploy) filed and open at midnight.
    expect(report.buckets[1].byType.Deploy).toEqual({
      filed: 1,
      resolved: 0,
      open: 1,
    });
    // High: A on Friday; D on Sunday, still open Monday night.
    expect(report.buckets.map(b => b.byPriority.high)).toEqual([
      { filed: 1, resolved: 1, open: 0 },
      { filed: 0, resolved: 0, open: 0 },
      { filed: 1, resolved: 0, open: 1 },
      { filed: 0, resolved: 0, open: 1 },
    ]);
  });

  it('gives the first response per day: share in time, median and p90', () => {
    // Fri: A met (30 min), B late (180). Sun: C late (120), answered
    // 01:30 CET. Mon: D's deadline passes unanswered (no minutes), G met
    // (10), H met (20). E and F were answered before the range.
    expect(report.buckets.map(b => b.firstResponse)).toEqual([
      {
        counted: 2,
        met: 1,
        metShare: 0.5,
        medianMinutes: 105,
        p90Minutes: 180,
      },
      {
        counted: 0,
        met: 0,
        metShare: null,
        medianMinutes: null,
        p90Minutes: null,
      },
      { counted: 1, met: 0, metShare: 0, medianMinutes: 120, p90Minutes: 120 },
      {
        counted: 3,
        met: 2,
        metShare: 2 / 3,
        medianMinutes: 15,
        p90Minutes: 20,
      },
    ]);
    // Minutes 10 20 30 120 180: median 30; p90 the ⌈4.5⌉ = 5th.
    expect(report.totals.firstResponse).toEqual({
      counted: 6,
      met: 3,
      metShare: 0.5,
      medianMinutes: 30,
      p90Minutes: 180,
    });
  });

  it('gives the resolution per day, in minutes by the calendar', () => {
    // Fri: A in 120 min. Sat: F closed after its deadline (2 days = 2880).
    // Sun: C from 23:30 CET to 03:30 CEST, 3 real hours (180). Mon: B
    // (69 hours = 4140), G and H (60 each), D breaching unresolved.
    expect(report.buckets.map(b => b.resolution)).toEqual([
      { counted: 1, met: 1, metShare: 1, medianMinutes: 120, p90Minutes: 120 },
      {
        counted: 1,
        met: 0,
        metShare: 0,
        medianMinutes: 2880,
        p90Minutes: 2880,
      },
      { counted: 1, met: 1, metShare: 1, medianMinutes: 180, p90Minutes: 180 },
      {
        counted: 4,
        met: 3,
        metShare: 0.75,
        medianMinutes: 60,
        p90Minutes: 4140,
      },
    ]);
    // Minutes 60 60 120 180 2880 4140: median (120 + 180) / 2.
    expect(report.totals.resolution).toEqual({
      counted: 7,
      met: 5,
      metShare: 5 / 7,
      medianMinutes: 150,
      p90Minutes: 4140,
    });
  });

  it('lists the breaches by deadline, with ids and titles only', () => {
    expect(
      report.breaches.map(b => [b.id, b.clock, b.dueAt, b.stoppedAt]),
    ).toEqual([
      [
        'F',
        'resolution',
        '2026-03-27T10:00:00.000Z',
        '2026-03-28T10:00:00.000Z',
      ],
      [
        'B',
        'first_response',
        '2026-03-27T14:00:00.000Z',
        '2026-03-27T15:00:00.000Z',
      ],
      [
        'C',
        'first_response',
        '2026-03-28T23:30:00.000Z',
        '2026-03-29T00:30:00.000Z',
      ],
      ['D', 'first_response', '2026-03-30T08:00:00.000Z', null],
      ['D', 'resolution', '2026-03-30T15:00:00.000Z', null],
    ]);
    expect(report.breaches[0]).toEqual({
      id: 'F',
      title: 'Grafana dashboard access',
      typeName: 'Access',
      priority: 'medium',
      clock: 'resolution',
      dueAt: '2026-03-27T10:00:00.000Z',
      stoppedAt: '2026-03-28T10:00:00.000Z',
    });
    expect(report.totals.breaches).toBe(5);
  });

  it('places arrivals on the wall clock, an hour later after the change', () => {
    // A Fri 09, B Fri 13, C Sat 23 (CET), D Sun 23 (CEST), G Mon 10, H Mon 12.
    const cells = report.arrivals.byWeekdayHour.flatMap((hours, day) =>
      hours.flatMap((n, hour) => (n ? [[day + 1, hour, n]] : [])),
    );
    expect(cells).toEqual([
      [1, 10, 1],
      [1, 12, 1],
      [5, 9, 1],
      [5, 13, 1],
      [6, 23, 1],
      [7, 23, 1],
    ]);
    expect(report.arrivals.peaks).toEqual([
      { weekday: 1, hour: 10, requests: 1 },
      { weekday: 1, hour: 12, requests: 1 },
      { weekday: 5, hour: 9, requests: 1 },
    ]);
  });

  it('counts resolutions by category and the deflection share per day', () => {
    expect(report.resolutions).toEqual({
      answered: 3,
      faq_entry: 1,
      documentation_link: 1,
    });
    // Fri A answered; Sun C a documentation link; Mon B an FAQ entry, G H answered.
    expect(report.buckets.map(b => b.deflection)).toEqual([
      { resolved: 1, deflected: 0, share: 0 },
      { resolved: 0, deflected: 0, share: null },
      { resolved: 1, deflected: 1, share: 1 },
      { resolved: 3, deflected: 1, share: 1 / 3 },
    ]);
    expect(report.totals.deflection).toEqual({
      resolved: 5,
      deflected: 2,
      share: 0.4,
    });
  });

  it('gives each person’s load, duty and duty outside the support hours', () => {
    // Bob: A C H resolved (20 + 45 + 5 min); on duty Fri 09:00 – Sun 10:00
    // (48 h; his Saturday as secondary overlaps), of which Friday 09–17 in
    // hours: 40 h outside; A B C filed meanwhile. Carol: B G (10 + 15);
    // Sun 10:00 CEST until the record stops Mon 14:00 (28 h), Monday
    // 09–14 in hours: 23 h outside; D G H filed meanwhile. Alice only
    // observes.
    expect(report.people).toEqual([
      {
        userRef: 'user:default/bob',
        requestsHandled: 3,
        minutesSpent: 70,
        hoursOnDuty: 48,
        hoursOnDutyOutsideSupportHours: 40,
        requestsWhileOnDuty: 3,
      },
      {
        userRef: 'user:default/carol',
        requestsHandled: 2,
        minutesSpent: 25,
        hoursOnDuty: 28,
        hoursOnDutyOutsideSupportHours: 23,
        requestsWhileOnDuty: 3,
      },
    ]);
    expect(report.fairness).toEqual({
      requestsHandled: { min: 2, max: 3, mean: 2.5, maxToMean: 1.2 },
      minutesSpent: { min: 25, max: 70, mean: 47.5, maxToMean: 70 / 47.5 },
      hoursOnDuty: { min: 28, max: 48, mean: 38, maxToMean: 48 / 38 },
      hoursOnDutyOutsideSupportHours: {
        min: 23,
        max: 40,
        mean: 31.5,
        maxToMean: 40 / 31.5,
      },
    });
    expect(report.dutyRecordedFrom).toBe('2026-03-20T00:00:00.000Z');
  });

  it('gives the interrupt time per ISO week and what cost the most', () => {
    // Week 13 ends Monday 00:00 CEST: A C (20 + 45); week 14: B G H (10 + 15 + 5).
    expect(report.interrupts.weeks.map(w => [w.label, w.minutesSpent])).toEqual(
      [
        ['2026-W13', 65],
        ['2026-W14', 30],
      ],
    );
    expect(report.interrupts.types).toEqual([
      { name: 'Access', requests: 4, minutesSpent: 50 },
      { name: 'Deploy', requests: 1, minutesSpent: 45 },
    ]);
    expect(report.interrupts.topics).toEqual([
      { name: 'vpn', requests: 4, minutesSpent: 50 },
      { name: 'deploy', requests: 1, minutesSpent: 45 },
    ]);
  });

  it('finds the documentation gaps, linked to their requests', () => {
    expect(report.documentationGaps).toEqual({
      recurring: [
        {
          typeId: 't-access',
          words: ['reset', 'vpn', 'token'],
          total: 3,
          // Latest resolved first, as in the lists below.
          requests: [
            { id: 'H', title: 'vpn token reset' },
            { id: 'G', title: 'Reset my vpn token' },
            { id: 'A', title: 'How do I reset my vpn token' },
          ],
        },
      ],
      answeredWithDocumentationLink: {
        total: 1,
        requests: [{ id: 'C', title: 'Deploy pipeline stuck' }],
      },
      // Latest resolved first.
      answeredWithoutFaqEntry: {
        total: 3,
        requests: [
          { id: 'H', title: 'vpn token reset' },
          { id: 'G', title: 'Reset my vpn token' },
          { id: 'A', title: 'How do I reset my vpn token' },
        ],
      },
    });
  });
});

describe('deskReport of a busy day', () => {
  // 150 copies of G, the i-th due i seconds later and resolved i seconds
  // later: each answered late, all the same question.
  const later = (iso: string, seconds: number) =>
    DateTime.fromISO(iso).plus({ seconds }).toUTC().toISO()!;
  const template = requests.find(r => r.id === 'G')!;
  const busy = deskReport({
    desk,
    range: { from: '2026-03-30', to: '2026-03-30', bucket: 'day' },
    requests: Array.from({ length: 150 }, (_, i) => ({
      ...template,
      id: `G${i}`,
      firstResponseDueAt: later('2026-03-30T08:00:00.000Z', i),
      resolvedAt: later(template.resolvedAt!, i),
    })),
    now,
  });
  const latest100 = Array.from({ length: 100 }, (_, i) => `G${i + 50}`);

  it('lists the latest 100 breaches by deadline and counts them all', () => {
    expect(busy.totals.breaches).toBe(150);
    expect(busy.breaches.map(b => b.id)).toEqual(latest100);
  });

  it('links the latest 100 requests of a recurring question and counts them all', () => {
    const [recurring] = busy.documentationGaps.recurring;
    expect(recurring.total).toBe(150);
    expect(recurring.requests.map(r => r.id)).toEqual([...latest100].reverse());
  });
});

describe('orgReportRow', () => {
  it('gives a desk’s weeks and totals, counting the clocks without their minutes', () => {
    const row = orgReportRow({
      desk,
      range: { from: '2026-03-27', to: '2026-03-30', bucket: 'week' },
      requests,
      now,
    });
    // Week 13 (from Mon 23 March) now holds F too; week 14 runs past now,
    // so its backlog is the one open now: D and E.
    expect(row.buckets).toEqual([
      {
        label: '2026-W13',
        start: '2026-03-23T00:00:00.000+01:00',
        end: '2026-03-30T00:00:00.000+02:00',
        filed: 5,
        resolved: 2,
        open: 3,
        deflection: { resolved: 2, deflected: 1, share: 0.5 },
      },
      {
        label: '2026-W14',
        start: '2026-03-30T00:00:00.000+02:00',
        end: '2026-04-06T00:00:00.000+02:00',
        filed: 2,
        resolved: 3,
        open: 2,
        deflection: { resolved: 3, deflected: 1, share: 1 / 3 },
      },
    ]);
    // F's response (30 min, in time) now counts: 10 20 30 30 120 180.
    expect(row.totals).toEqual({
      filed: 7,
      resolved: 5,
      openAtEnd: 2,
      firstResponse: {
        counted: 7,
        met: 4,
        metShare: 4 / 7,
        medianMinutes: null,
        p90Minutes: null,
      },
      resolution: {
        counted: 7,
        met: 5,
        metShare: 5 / 7,
        medianMinutes: null,
        p90Minutes: null,
      },
      breaches: 5,
      deflection: { resolved: 5, deflected: 2, share: 0.4 },
      minutesSpent: 95,
    });
  });
});
