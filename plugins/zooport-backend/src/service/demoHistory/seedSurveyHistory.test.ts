import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import {
  flagDrops,
  monthsUpTo,
  surveyMonthFigures,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { platformDesk, platformTeam } from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { DeskStore } from '../../database/DeskStore';
import { applyDatabaseMigrations } from '../../database/migrations';
import { SurveyStore } from '../../database/SurveyStore';
import { parseInput } from '../validation/fields';
import { deskInputSchema } from '../validation/desks';
import { pastSurveysByTeam } from './pastSurveys';
import { PendingHistory } from './seedRequestHistory';
import { seedSurveyHistory } from './seedSurveyHistory';

jest.setTimeout(60_000);

// 23:30 on 31 May in UTC is already 1 June on the desk's Berlin wall clock.
const now = DateTime.fromISO('2026-05-31T23:30:00Z');
const thisMonth = '2026-06';
const pastMonths = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
const history: PendingHistory = { start: now.minus({ weeks: 12 }), weeks: 12 };
const { people } = pastSurveysByTeam[platformTeam];
const newcomer = 'user:default/jonas.weber';

/** Everything the survey's tables hold, by table, in a stable order. */
async function surveyRows(knex: Knex) {
  const rows: Record<string, string[]> = {};
  for (const table of [
    'survey_respondents',
    'survey_scores',
    'survey_comments',
  ]) {
    rows[table] = (await knex(table).select())
      .map(row => JSON.stringify(row))
      .sort();
  }
  return rows;
}

describe('seedSurveyHistory', () => {
  const databases = createTestDatabases();

  async function platformWithSurveys(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const desks = new DeskStore(knex);
    await desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk()),
      expectedRevision: 0,
      updatedBy: 'config:zooport.seedDesks',
      now: history.start,
    });
    const surveys = new SurveyStore(knex);
    const seed = (pending: PendingHistory | undefined) =>
      seedSurveyHistory({
        logger: mockServices.logger.mock(),
        now,
        history: pending,
        desks,
        surveys,
      });
    return { knex, surveys, seed };
  }

  it.each(databases.eachSupportedId())(
    'on %p answers the five months before this one, with a drop and a recovery',
    async databaseId => {
      const { surveys, seed } = await platformWithSurveys(databaseId);

      expect(await seed(history)).toBeGreaterThanOrEqual(3 * 5);

      const answers = await surveys.answersOf(
        platformTeam,
        monthsUpTo(thisMonth, 12),
      );
      expect([...answers.keys()].sort()).toEqual(pastMonths);
      const figures = flagDrops(
        pastMonths.map(month =>
          surveyMonthFigures(
            month,
            answers.get(month)!.counts,
            answers.get(month)!.comments,
          ),
        ),
      );
      for (const month of figures) {
        expect(month.responses).toBeGreaterThanOrEqual(3);
        expect(month.responses).toBeLessThanOrEqual(6);
        expect(month.shown).toBe(true);
      }
      const drops = figures.filter(month => month.drop);
      expect(drops).toHaveLength(1);
      const dropAt = figures.indexOf(drops[0]);
      expect(dropAt).toBeLessThan(figures.length - 1);
      expect(figures[figures.length - 1].median).toBeGreaterThan(
        drops[0].median!,
      );
      expect(figures.flatMap(month => month.comments ?? [])).not.toEqual([]);
      for (const month of pastMonths) {
        expect(await surveys.answered(platformTeam, month, people[0])).toBe(
          true,
        );
        expect(await surveys.answered(platformTeam, month, newcomer)).toBe(
          false,
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    "on %p leaves this month's survey open to every member",
    async databaseId => {
      const { surveys, seed } = await platformWithSurveys(databaseId);

      await seed(history);

      for (const person of [...people, newcomer]) {
        expect(await surveys.answered(platformTeam, thisMonth, person)).toBe(
          false,
        );
      }
      expect(
        await surveys.answer({
          teamRef: platformTeam,
          month: thisMonth,
          userRef: people[1],
          score: 8,
        }),
      ).toBe(true);
      const answers = await surveys.answersOf(platformTeam, [thisMonth]);
      expect([...answers.get(thisMonth)!.counts]).toEqual([[8, 1]]);
    },
  );

  it.each(databases.eachSupportedId())(
    'on %p adds nothing on a second run, or without a history to seed',
    async databaseId => {
      const { knex, seed } = await platformWithSurveys(databaseId);

      expect(await seed(undefined)).toBe(0);
      expect((await surveyRows(knex)).survey_scores).toEqual([]);

      await seed(history);
      const rows = await surveyRows(knex);
      expect(await seed(history)).toBe(0);
      expect(await seed(undefined)).toBe(0);
      expect(await surveyRows(knex)).toEqual(rows);
    },
  );
});
