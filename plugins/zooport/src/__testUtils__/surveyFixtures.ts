import {
  DeskReadiness,
  PersonReadiness,
  StageHistory,
  SurveyMonthFigures,
  SurveyStatus,
  SurveyTrend,
} from '@zooport/plugin-zooport-common';
import { ZooportApi } from '../api';
import { fromNow } from './clock';

const team = 'group:default/platform-software';

export const surveyStatus: SurveyStatus = {
  teamRef: team,
  month: '2026-11',
  question:
    'On a scale of 1 to 10, how confident do you feel supporting Platform Software?',
  answered: false,
  mayAnswer: true,
  settings: { enabled: true, dayOfMonth: 1 },
};

/** A shown month with its median and spread. */
export function shownMonth(
  month: string,
  median: number,
  overrides: Partial<SurveyMonthFigures> = {},
): SurveyMonthFigures {
  return {
    month,
    responses: 4,
    shown: true,
    median,
    spread: {
      lowest: median - 2,
      lowerQuartile: median - 1,
      upperQuartile: median + 1,
      highest: median + 2,
    },
    comments: [],
    drop: false,
    ...overrides,
  };
}

/** September shown, October below three answers, November a drop. */
export const surveyTrend: SurveyTrend = {
  teamRef: team,
  months: [
    shownMonth('2026-09', 7),
    { month: '2026-10', responses: 2, shown: false, drop: false },
    shownMonth('2026-11', 5, {
      drop: true,
      comments: ['The deploy pipeline still scares me'],
    }),
  ],
};

export function personReadiness(
  overrides: Partial<PersonReadiness> = {},
): PersonReadiness {
  return {
    userRef: 'user:default/amara',
    stage: 'ready',
    staged: false,
    since: null,
    changedBy: null,
    ...overrides,
  };
}

export const deskReadiness: DeskReadiness = {
  teamRef: team,
  people: [
    personReadiness(),
    personReadiness({
      userRef: 'user:default/mei',
      stage: 'observer',
      staged: true,
      since: fromNow({ days: -3 }, 'utc'),
      changedBy: 'user:default/amara',
    }),
  ],
  warnings: [
    {
      kind: 'no-observer-week',
      userRef: 'user:default/mei',
      stage: 'observer',
      shiftIndex: 1,
      shiftStart: fromNow({ days: 2, hours: -3 }),
    },
  ],
  playbooks: [{ id: 'entry-1', title: 'Restart a stuck canary' }],
};

export const meiHistory: StageHistory = {
  teamRef: team,
  userRef: 'user:default/mei',
  changes: [
    {
      stage: 'observer',
      changedBy: 'user:default/amara',
      changedAt: fromNow({ days: -3 }, 'utc'),
    },
  ],
};

export function fakeSurveyApi(): Pick<
  ZooportApi,
  | 'getSurveyStatus'
  | 'answerSurvey'
  | 'getSurveyTrend'
  | 'saveSurveySettings'
  | 'getDeskReadiness'
  | 'setReadinessStage'
  | 'getStageHistory'
  | 'getMyReadiness'
> {
  return {
    getSurveyStatus: async () => surveyStatus,
    answerSurvey: async () => {},
    getSurveyTrend: async () => surveyTrend,
    saveSurveySettings: async (_teamRef, settings) => settings,
    getDeskReadiness: async () => deskReadiness,
    setReadinessStage: async (_teamRef, userRef, stage) =>
      personReadiness({
        userRef,
        stage,
        staged: true,
        since: fromNow({}, 'utc'),
        changedBy: 'user:default/amara',
      }),
    getStageHistory: async () => meiHistory,
    getMyReadiness: async () => ({
      userRef: 'user:default/amara',
      desks: [],
    }),
  };
}
