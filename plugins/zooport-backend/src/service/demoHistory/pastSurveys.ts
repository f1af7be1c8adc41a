/** One past answer to a desk's monthly survey. */
export interface PastAnswer {
  score: number;
  comment?: string;
}

/** A demo team's past survey months, and who answered them. */
export interface PastSurveys {
  /**
   * Members of the team who were on it then (a newcomer of this month is
   * not); the nth answer of a month is theirs.
   */
  people: string[];
  /** The months before the current one, oldest first, up to last month. */
  months: PastAnswer[][];
}

/**
 * The platform team's last five months: steady, then a drop after a rough
 * month of deploy incidents, and the way back up once they had practised.
 * Last month is no drop, so the lead is not told of one on the demo's
 * first day.
 */
const platformSoftware: PastSurveys = {
  people: [
    'user:default/amara.okafor',
    'user:default/lars.eriksson',
    'user:default/mei.chen',
    'user:default/tomas.novak',
  ],
  months: [
    [{ score: 7 }, { score: 8 }, { score: 6 }, { score: 7 }],
    [{ score: 7 }, { score: 8 }, { score: 7 }],
    [
      { score: 5 },
      {
        score: 4,
        comment:
          'Two stuck deploys in one week and I did not know where the runner logs are.',
      },
      { score: 4 },
      { score: 5 },
    ],
    [
      { score: 6 },
      { score: 7 },
      {
        score: 6,
        comment: 'The workshop on stuck deploys helped a lot.',
      },
      { score: 6 },
    ],
    [{ score: 7 }, { score: 8 }, { score: 7 }, { score: 8 }],
  ],
};

/** The demo teams' past survey months, by team ref. */
export const pastSurveysByTeam: Record<string, PastSurveys> = {
  'group:default/platform-software': platformSoftware,
};
