import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  deskTimeZone,
  flagDrops,
  monthsUpTo,
  SurveyAnswerInput,
  SurveyMonthFigures,
  surveyMonthAt,
  surveyMonthFigures,
  surveyQuestion,
  SurveySettings,
  SurveyStatus,
  SurveyTrend,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { SurveyStore } from '../database/SurveyStore';
import { DeskService } from './DeskService';
import { TeamDirectory, refName } from './TeamDirectory';

/**
 * Months read before the asked ones, so that the first asked month is
 * compared with the latest shown month before it.
 */
const DROP_LOOKBACK_MONTHS = 12;

/** The monthly confidence survey of each desk: asking, answers, figures. */
export class SurveyService {
  constructor(
    private readonly deps: {
      surveys: SurveyStore;
      desks: Pick<DeskService, 'getDesk'>;
      teams: Pick<TeamDirectory, 'getTeam' | 'membersOf'>;
    },
  ) {}

  /** The month answers given at `now` count for, on the desk's wall clock. */
  async monthAt(teamRef: string, now: DateTime): Promise<string> {
    return surveyMonthAt(
      deskTimeZone(await this.deps.desks.getDesk(teamRef)),
      now,
    );
  }

  /** The team's display name, else its name. */
  async teamName(teamRef: string): Promise<string> {
    const team = await this.deps.teams.getTeam(teamRef);
    const profile = team?.spec?.profile as
      | { displayName?: unknown }
      | undefined;
    return typeof profile?.displayName === 'string'
      ? profile.displayName
      : team?.metadata.title ?? refName(teamRef);
  }

  /** Whether `userRef` is a member of the team in the catalog. */
  async isMember(teamRef: string, userRef: string): Promise<boolean> {
    const team = await this.deps.teams.getTeam(teamRef);
    return team ? this.deps.teams.membersOf(team).has(userRef) : false;
  }

  async status(
    teamRef: string,
    userRef: string,
    mayAnswer: boolean,
    now: DateTime,
  ): Promise<SurveyStatus> {
    const month = await this.monthAt(teamRef, now);
    return {
      teamRef,
      month,
      question: surveyQuestion(await this.teamName(teamRef)),
      answered: await this.deps.surveys.answered(teamRef, month, userRef),
      mayAnswer: mayAnswer && (await this.isMember(teamRef, userRef)),
      settings: await this.deps.surveys.settingsOf(teamRef),
    };
  }

  /**
   * Stores the answer for the current month; 403 for someone outside the
   * team, 409 when they answered this month already.
   */
  async answer(
    teamRef: string,
    userRef: string,
    input: SurveyAnswerInput,
    now: DateTime,
  ): Promise<void> {
    if (!(await this.isMember(teamRef, userRef))) {
      throw new NotAllowedError(`Only members of ${teamRef} answer its survey`);
    }
    const stored = await this.deps.surveys.answer({
      teamRef,
      month: await this.monthAt(teamRef, now),
      userRef,
      score: input.score,
      comment: input.comment,
    });
    if (!stored) {
      throw new ConflictError("You answered this month's survey already");
    }
  }

  /** The figures of the `count` months up to `lastMonth`, oldest first. */
  async figures(
    teamRef: string,
    lastMonth: string,
    count: number,
  ): Promise<SurveyMonthFigures[]> {
    const months = monthsUpTo(lastMonth, count + DROP_LOOKBACK_MONTHS);
    const answers = await this.deps.surveys.answersOf(teamRef, months);
    const figures = flagDrops(
      months.map(month =>
        surveyMonthFigures(
          month,
          answers.get(month)?.counts ?? new Map(),
          answers.get(month)?.comments ?? [],
        ),
      ),
    );
    return figures.slice(DROP_LOOKBACK_MONTHS);
  }

  async trend(
    teamRef: string,
    count: number,
    now: DateTime,
  ): Promise<SurveyTrend> {
    const month = await this.monthAt(teamRef, now);
    return { teamRef, months: await this.figures(teamRef, month, count) };
  }

  settings(teamRef: string): Promise<SurveySettings> {
    return this.deps.surveys.settingsOf(teamRef);
  }

  async setSettings(
    teamRef: string,
    settings: SurveySettings,
    updatedBy: string,
    now: DateTime,
  ): Promise<SurveySettings> {
    await this.deps.desks.getDesk(teamRef);
    await this.deps.surveys.setSettings(teamRef, settings, updatedBy, now);
    return settings;
  }
}
