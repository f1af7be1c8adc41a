import { LoggerService } from '@backstage/backend-plugin-api';
import {
  deskTimeZone,
  monthsUpTo,
  surveyMonthAt,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DeskStore } from '../../database/DeskStore';
import { SurveyStore } from '../../database/SurveyStore';
import { pastSurveysByTeam } from './pastSurveys';
import { PendingHistory } from './seedRequestHistory';

/**
 * Answers the demo desks' surveys of the months before the current one on
 * their wall clock, never the current month, which stays open to the team.
 * Only alongside a `history` about to be seeded, so into a new database.
 * Each answer goes through the store like any other: who answered is kept
 * apart from the score, and an answer its person gave already is refused,
 * so a second run (another replica, say) adds nothing. Returns how many
 * answers were stored.
 */
export async function seedSurveyHistory(options: {
  logger: LoggerService;
  now: DateTime;
  history: PendingHistory | undefined;
  desks: Pick<DeskStore, 'getDesk'>;
  surveys: Pick<SurveyStore, 'answer'>;
}): Promise<number> {
  const { logger, now, history, desks, surveys } = options;
  if (!history) {
    return 0;
  }
  let stored = 0;
  for (const [teamRef, past] of Object.entries(pastSurveysByTeam)) {
    const desk = await desks.getDesk(teamRef);
    if (!desk) {
      continue;
    }
    const thisMonth = surveyMonthAt(deskTimeZone(desk), now);
    const months = monthsUpTo(thisMonth, past.months.length + 1);
    const beforeThisMonth = months.slice(0, -1);
    for (const [i, month] of beforeThisMonth.entries()) {
      for (const [j, answer] of past.months[i].entries()) {
        if (
          await surveys.answer({
            teamRef,
            month,
            userRef: past.people[j],
            ...answer,
          })
        ) {
          stored += 1;
        }
      }
    }
  }
  if (stored) {
    logger.info(`Stored ${stored} past survey answers of the demo desks`);
  }
  return stored;
}
