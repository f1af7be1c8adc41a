import { spanLabel } from './spanLabel';

// The viewer's zone in the tests is UTC.
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
    ['2026-11-03T00:00:00+01:00', '', 'from 2 Nov 23:00'],
  ])('says %s to %s as "%s"', (from, to, label) => {
    expect(spanLabel({ from, to })).toBe(label);
  });
});
