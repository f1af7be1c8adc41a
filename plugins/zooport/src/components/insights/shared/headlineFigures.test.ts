import { reportTotals } from '../../../__testUtils__/reportFixtures';
import { headlineFigures } from './headlineFigures';

describe('headlineFigures', () => {
  it('compares counts, shares in points and times with the period before', () => {
    const figures = headlineFigures(
      reportTotals(),
      reportTotals({
        filed: 7,
        resolved: 9,
        deflection: { resolved: 9, deflected: 1, share: 1 / 9 },
        minutesSpent: 300,
      }),
    );
    const byTerm = Object.fromEntries(figures.map(f => [f.term, f]));
    expect(byTerm.Filed).toEqual({
      term: 'Filed',
      value: '12',
      change: '+5 vs previous period',
      changeAmount: '+5',
    });
    expect(byTerm.Resolved).toMatchObject({
      change: 'same as previous period',
      changeAmount: 'same',
    });
    expect(byTerm.Deflected).toMatchObject({
      value: '33%',
      change: '+22 points vs previous period',
      changeAmount: '+22 points',
    });
    expect(byTerm['Time spent']).toMatchObject({
      value: '4 h 30 min',
      change: '−30 min vs previous period',
    });
  });

  it('shows a dash, and no change, for a figure with nothing counted', () => {
    const none = {
      counted: 0,
      met: 0,
      metShare: null,
      medianMinutes: null,
      p90Minutes: null,
    };
    const [, , , firstResponse] = headlineFigures(
      reportTotals({ firstResponse: none }),
      reportTotals(),
    );
    expect(firstResponse).toEqual({
      term: 'First response within SLA',
      value: '–',
      change: undefined,
    });
  });
});
