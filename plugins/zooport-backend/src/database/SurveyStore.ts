import {
  DEFAULT_SURVEY_SETTINGS,
  SurveySettings,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { toStoredInstant } from './util';

/** One answer as it is stored: nothing says whose it is. */
export interface StoredAnswer {
  teamRef: string;
  /** `YYYY-MM`. */
  month: string;
  userRef: string;
  score: number;
  comment?: string;
}

/** A month's score counts and comments, without who answered. */
export interface SurveyMonthAnswers {
  counts: Map<number, number>;
  comments: string[];
}

/**
 * The monthly survey's settings and answers. Who answered a month is one
 * row per desk and month (a sorted list, rewritten on each answer, so no
 * order of answering is kept); what they answered goes to the month's
 * score counts and to comments under random ids, which are read back in id
 * order: a random one.
 */
export class SurveyStore {
  constructor(private readonly db: Knex) {}

  async settingsOf(teamRef: string): Promise<SurveySettings> {
    const row = await this.db('survey_settings')
      .where({ team_ref: teamRef })
      .first();
    return row
      ? { enabled: Boolean(row.enabled), dayOfMonth: row.day_of_month }
      : DEFAULT_SURVEY_SETTINGS;
  }

  /** The settings of every desk that saved some, by team ref. */
  async allSettings(): Promise<Map<string, SurveySettings>> {
    const rows = await this.db('survey_settings').select();
    return new Map(
      rows.map(row => [
        row.team_ref,
        { enabled: Boolean(row.enabled), dayOfMonth: row.day_of_month },
      ]),
    );
  }

  async setSettings(
    teamRef: string,
    settings: SurveySettings,
    updatedBy: string,
    now: DateTime,
  ): Promise<void> {
    await this.db('survey_settings')
      .insert({
        team_ref: teamRef,
        enabled: settings.enabled,
        day_of_month: settings.dayOfMonth,
        updated_by: updatedBy,
        updated_at: toStoredInstant(now),
      })
      .onConflict('team_ref')
      .merge();
  }

  /**
   * Stores an answer unless its person answered that month already: false
   * then, and nothing is written. The month's row of respondents is locked
   * while it is read and rewritten, so two answers of one person at once
   * store one.
   */
  async answer(answer: StoredAnswer): Promise<boolean> {
    const month = { team_ref: answer.teamRef, month: answer.month };
    return this.db.transaction(async trx => {
      await trx('survey_respondents')
        .insert({ ...month, respondents: '[]' })
        .onConflict(['team_ref', 'month'])
        .ignore();
      const read = trx('survey_respondents').where(month).first('respondents');
      // SQLite has one writer at a time and no row locks.
      const row = await (trx.client.config.client === 'pg'
        ? read.forUpdate()
        : read);
      const respondents: string[] = JSON.parse(row.respondents);
      if (respondents.includes(answer.userRef)) {
        return false;
      }
      await trx('survey_respondents')
        .where(month)
        .update({
          respondents: JSON.stringify([...respondents, answer.userRef].sort()),
        });
      await trx('survey_scores')
        .insert({ ...month, score: answer.score, answers: 1 })
        .onConflict(['team_ref', 'month', 'score'])
        .merge({ answers: trx.raw('?? + 1', ['survey_scores.answers']) });
      if (answer.comment) {
        await trx('survey_comments').insert({
          id: randomUUID(),
          ...month,
          comment: answer.comment,
        });
      }
      return true;
    });
  }

  /** Whether `userRef` answered the desk's survey of `month`. */
  async answered(
    teamRef: string,
    month: string,
    userRef: string,
  ): Promise<boolean> {
    const row = await this.db('survey_respondents')
      .where({ team_ref: teamRef, month })
      .first('respondents');
    return row ? JSON.parse(row.respondents).includes(userRef) : false;
  }

  /** The score counts and comments of each of `months` that has answers. */
  async answersOf(
    teamRef: string,
    months: string[],
  ): Promise<Map<string, SurveyMonthAnswers>> {
    const byMonth = new Map<string, SurveyMonthAnswers>();
    const monthOf = (month: string) => {
      if (!byMonth.has(month)) {
        byMonth.set(month, { counts: new Map(), comments: [] });
      }
      return byMonth.get(month)!;
    };
    const scores = await this.db('survey_scores')
      .where({ team_ref: teamRef })
      .whereIn('month', months)
      .select('month', 'score', 'answers');
    for (const { month, score, answers } of scores) {
      monthOf(month).counts.set(Number(score), Number(answers));
    }
    const comments = await this.db('survey_comments')
      .where({ team_ref: teamRef })
      .whereIn('month', months)
      .orderBy('id')
      .select('month', 'comment');
    for (const { month, comment } of comments) {
      monthOf(month).comments.push(comment);
    }
    return byMonth;
  }
}
