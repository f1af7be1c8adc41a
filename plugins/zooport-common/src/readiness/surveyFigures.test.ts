import { flagDrops, surveyMonthFigures } from './surveyFigures';
import { dueSurveyMonth, monthsUpTo, surveyMonthAt } from './surveyDue';
import { DateTime } from 'luxon';

/** Score counts from the scores themselves. */
const counts = (...scores: number[]) => {
  const byScore = new Map<number, number>();
  for (const score of scores) {
    byScore.set(score, (byScore.get(score) ?? 0) + 1);
  }
  return byScore;
};

describe('surveyMonthFigures', () => {
  it('gives only the number of answers below three', () => {
    expect(surveyMonthFigures('2026-03', counts(9, 2), ['hidden'])).toEqual({
      month: '2026-03',
      responses: 2,
      shown: false,
      drop: false,
    });
  });

  it('gives the median, the spread and the comments from three answers', () => {
    expect(surveyMonthFigures('2026-03', counts(8, 4, 6), ['ok'])).toEqual({
      month: '2026-03',
      responses: 3,
      shown: true,
      median: 6,
      spread: { lowest: 4, lowerQuartile: 4, upperQuartile: 8, highest: 8 },
      comments: ['ok'],
      drop: false,
    });
  });

  it('takes the mean of the two middle scores and the halves for the quartiles', () => {
    const figures = surveyMonthFigures(
      '2026-03',
      counts(1, 3, 5, 7, 9, 10),
      [],
    );
    expect(figures.median).toBe(6);
    expect(figures.spread).toEqual({
      lowest: 1,
      lowerQuartile: 3,
      upperQuartile: 9,
      highest: 10,
    });
  });
});

describe('flagDrops', () => {
  const month = (name: string, ...scores: number[]) =>
    surveyMonthFigures(name, counts(...scores), []);

  it('flags a median 2 or more below the latest shown month before, skipping months not shown', () => {
    const flagged = flagDrops([
      month('2026-01', 8, 8, 8),
      month('2026-02', 1),
      month('2026-03', 7, 7, 7),
      month('2026-04', 5, 6, 5),
      month('2026-05', 3, 3, 3),
    ]);
    expect(flagged.map(f => [f.month, f.drop])).toEqual([
      ['2026-01', false],
      ['2026-02', false],
      ['2026-03', false],
      ['2026-04', true],
      ['2026-05', true],
    ]);
  });
});

describe('the survey month', () => {
  const settings = { enabled: true, dayOfMonth: 3 };
  // 2 March 23:30 UTC is already 3 March in Berlin.
  const lateOnThe2nd = DateTime.fromISO('2026-03-02T23:30:00Z');

  it('is due from the start of its day on the desk wall clock, all month', () => {
    expect(dueSurveyMonth(settings, 'Europe/Berlin', lateOnThe2nd)).toBe(
      '2026-03',
    );
    expect(dueSurveyMonth(settings, 'UTC', lateOnThe2nd)).toBeUndefined();
    expect(
      dueSurveyMonth(settings, 'UTC', DateTime.fromISO('2026-03-31T23:00Z')),
    ).toBe('2026-03');
    expect(
      dueSurveyMonth({ ...settings, enabled: false }, 'UTC', lateOnThe2nd),
    ).toBeUndefined();
  });

  it('counts an answer for the month on the desk wall clock', () => {
    expect(
      surveyMonthAt('Europe/Berlin', DateTime.fromISO('2026-02-28T23:30Z')),
    ).toBe('2026-03');
  });

  it('lists months back over a year end', () => {
    expect(monthsUpTo('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});
