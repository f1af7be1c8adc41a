import {
  customRange,
  previousRange,
  rangeFromParams,
  withRangeParams,
} from './insightsRange';

const rangeIn = (query: string) => rangeFromParams(new URLSearchParams(query));

describe('insights range', () => {
  it.each([
    ['', { preset: '4w', from: '2026-10-27', to: '2026-11-23', bucket: 'day' }],
    [
      'range=13w',
      { preset: '13w', from: '2026-08-31', to: '2026-11-23', bucket: 'week' },
    ],
    [
      'range=12m',
      { preset: '12m', from: '2025-12-01', to: '2026-11-23', bucket: 'month' },
    ],
    [
      'range=custom&from=2026-01-01&to=2026-03-31',
      {
        preset: 'custom',
        from: '2026-01-01',
        to: '2026-03-31',
        bucket: 'week',
      },
    ],
    ['range=custom&from=2026-03-31&to=2026-01-01', { preset: '4w' }],
    ['range=custom&from=2025-01-01&to=2026-03-31', { preset: '4w' }],
    ['range=forever', { preset: '4w' }],
  ])('reads ?%s up to the pinned today', (query, expected) => {
    expect(rangeIn(query)).toMatchObject(expected);
  });

  it('compares with as many whole buckets just before', () => {
    expect(previousRange(rangeIn(''))).toMatchObject({
      from: '2026-09-29',
      to: '2026-10-26',
    });
    expect(previousRange(rangeIn('range=13w'))).toMatchObject({
      from: '2026-06-01',
      to: '2026-08-30',
      bucket: 'week',
    });
    expect(previousRange(rangeIn('range=12m'))).toMatchObject({
      from: '2024-12-01',
      to: '2025-11-30',
    });
  });

  it('cuts the period before to the longest range the API takes', () => {
    const thirteenMonths = customRange('2025-11-15', '2026-11-14')!;
    expect(thirteenMonths.bucket).toBe('month');
    expect(previousRange(thirteenMonths)).toMatchObject({
      from: '2024-10-31',
      to: '2025-10-31',
    });
  });

  it('writes the dates of chosen days only, keeping the other params', () => {
    const params = new URLSearchParams('desk=x&from=2026-01-01&to=2026-01-02');
    expect(
      withRangeParams(params, {
        preset: '13w',
        from: '2026-08-31',
        to: '2026-11-23',
      }).toString(),
    ).toBe('desk=x&range=13w');
    expect(
      withRangeParams(new URLSearchParams(), {
        preset: 'custom',
        from: '2026-01-01',
        to: '2026-01-31',
      }).toString(),
    ).toBe('range=custom&from=2026-01-01&to=2026-01-31');
  });
});
