/**
 * The monthly confidence survey: each month every member of a desk's team
 * is asked how confident they feel supporting it, on a scale of 1 to 10.
 * Answers are anonymous: they are kept as the month's count of each score
 * and its comments, apart from who answered.
 */

/** The lowest and highest score. @public */
export const SURVEY_SCORE_RANGE = { lowest: 1, highest: 10 } as const;

/**
 * A month's figures are shown only when at least this many people
 * answered; below it, only the number of answers.
 *
 * @public
 */
export const SURVEY_MIN_RESPONSES = 3;

/**
 * A shown month whose median is at least this much below the median of
 * the shown month before it is a drop.
 *
 * @public
 */
export const SURVEY_DROP = 2;

/** A comment's longest length, in characters. @public */
export const SURVEY_COMMENT_MAX_LENGTH = 2000;

/** The latest day of the month the survey may be set to go out on. @public */
export const SURVEY_LAST_DAY = 28;

/**
 * When a desk's survey goes out: on `dayOfMonth` (1 to 28), at the start
 * of the day on the desk's wall clock. `GET` and `PUT
 * /desks/:namespace/:name/survey/settings` answer and take it.
 *
 * @public
 */
export interface SurveySettings {
  enabled: boolean;
  dayOfMonth: number;
}

/** @public */
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  enabled: true,
  dayOfMonth: 1,
};

/**
 * What `POST /desks/:namespace/:name/survey/answers` takes: the score of
 * the current month (1 to 10) and an optional comment.
 *
 * @public
 */
export interface SurveyAnswerInput {
  score: number;
  comment?: string;
}

/**
 * The survey of the current month for the signed-in person, as `GET
 * /desks/:namespace/:name/survey` answers.
 *
 * @public
 */
export interface SurveyStatus {
  teamRef: string;
  /** The month answers go to now, `YYYY-MM` on the desk's wall clock. */
  month: string;
  /** "On a scale of 1 to 10, how confident do you feel supporting …?" */
  question: string;
  /** Whether the caller answered this month. */
  answered: boolean;
  /** Whether the caller may answer (a member of the team, with Zooport's policy). */
  mayAnswer: boolean;
  settings: SurveySettings;
}

/**
 * The spread of a month's scores: the lowest and highest, and the lower
 * and upper quartiles (the medians of the lower and upper halves).
 *
 * @public
 */
export interface SurveySpread {
  lowest: number;
  lowerQuartile: number;
  upperQuartile: number;
  highest: number;
}

/**
 * One month of a desk's survey. With fewer than `SURVEY_MIN_RESPONSES`
 * answers, only `responses` is set (`shown` false).
 *
 * @public
 */
export interface SurveyMonthFigures {
  /** `YYYY-MM`. */
  month: string;
  responses: number;
  shown: boolean;
  median?: number;
  spread?: SurveySpread;
  /** The month's comments, in no meaningful order. */
  comments?: string[];
  /**
   * True when the median is `SURVEY_DROP` or more below the median of the
   * latest shown month before it; the team's lead is told once the month
   * is over.
   */
  drop: boolean;
}

/**
 * What `GET /desks/:namespace/:name/survey/trend` answers: the last
 * `months` months (12 when not asked), oldest first, the current one
 * included. Months nobody answered have `responses` 0.
 *
 * @public
 */
export interface SurveyTrend {
  teamRef: string;
  months: SurveyMonthFigures[];
}

/**
 * The query of `GET /desks/:namespace/:name/survey/trend`: how many months
 * (1 to 36, 12 when left out).
 *
 * @public
 */
export interface SurveyTrendQuery {
  months?: number;
}
