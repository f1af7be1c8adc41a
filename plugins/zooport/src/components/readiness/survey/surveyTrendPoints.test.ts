import { surveyTrend } from '../../../__testUtils__/surveyFixtures';
import { workshop } from '../../../__testUtils__/readinessFixtures';
import { surveyTrendPoints } from './surveyTrendPoints';

describe('surveyTrendPoints', () => {
  it('maps shown months to their median and spread, hidden ones to their answers only', () => {
    const [september, october, november] = surveyTrendPoints(
      surveyTrend.months,
      [],
      'Europe/Berlin',
    );

    expect(september).toMatchObject({
      label: 'Sep 2026',
      responses: 4,
      median: 7,
      quartiles: [6, 8],
      range: [5, 9],
      drop: false,
    });
    expect(october).toEqual({
      month: '2026-10',
      label: 'Oct 2026',
      responses: 2,
      workshops: 0,
      median: undefined,
      quartiles: undefined,
      range: undefined,
      drop: false,
    });
    expect(november).toMatchObject({ median: 5, drop: true });
  });

  it("counts the workshops held in each month on the desk's wall clock, not those only planned", () => {
    const points = surveyTrendPoints(
      surveyTrend.months,
      [
        // 23:30 UTC on 31 October is already November in Berlin.
        workshop({ id: 'w1', startsAt: '2026-10-31T23:30:00Z', held: true }),
        workshop({ id: 'w2', startsAt: '2026-10-10T09:00:00Z', held: true }),
        workshop({ id: 'w3', startsAt: '2026-11-20T09:00:00Z', held: true }),
        workshop({ id: 'w4', startsAt: '2026-11-30T09:00:00Z', held: false }),
        workshop({ id: 'w5', startsAt: '2026-03-02T09:00:00Z', held: true }),
      ],
      'Europe/Berlin',
    );

    expect(points.map(p => [p.month, p.workshops])).toEqual([
      ['2026-09', 0],
      ['2026-10', 1],
      ['2026-11', 2],
    ]);
  });
});
