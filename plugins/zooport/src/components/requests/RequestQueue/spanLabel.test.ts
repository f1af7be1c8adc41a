import { spanLabel } from './spanLabel';

// The viewer's zone in the tests is UTC; a label reads the offsets written.
describe('spanLabel', () => {
  it.each([
    ['2026-11-03T00:00:00Z', '2026-11-10T00:00:00Z', '3–9 Nov'],
    ['2026-10-28T00:00:00Z', '2026-11-04T00:00:00Z', '28 Oct – 3 Nov'],
    [
      '2026-12-28T00:00:00Z',
      '2027-01-04T00:00:00Z',
      '28 Dec 2026 – 3 Jan 2027',
    ],
    ['2026-11-03T00:00:00Z', '2026-11-04T00:00:00Z', '3 Nov'],
    ['2026-11-03T00:00:00Z', '', 'from 3 Nov'],
    ['', '2026-11-10T00:00:00Z', 'before 10 Nov'],
    [
      '2026-11-02T23:00:00Z',
      '2026-11-09T23:00:00Z',
      '2 Nov 23:00 – 9 Nov 23:00',
    ],
    ['2026-11-03T00:00:00+01:00', '', 'from 3 Nov'],
    ['2026-11-05T00:00:00.000+01:00', '2026-11-06T00:00:00.000+01:00', '5 Nov'],
    // Berlin's day the clocks go back, 25 hours long.
    [
      '2026-10-25T00:00:00.000+02:00',
      '2026-10-26T00:00:00.000+01:00',
      '25 Oct',
    ],
    [
      '2026-10-19T00:00:00.000+02:00',
      '2026-10-26T00:00:00.000+01:00',
      '19–25 Oct',
    ],
  ])('says %s to %s as "%s"', (from, to, label) => {
    expect(spanLabel({ from, to })).toBe(label);
  });
});
