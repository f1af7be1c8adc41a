import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  carol,
  dave,
  platformDesk,
  platformTeam,
  recordingNotifications,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { SurveyStore } from '../database/SurveyStore';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';

jest.setTimeout(60_000);

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;
  let sent: ReturnType<typeof recordingNotifications>['sent'];

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const recorded = recordingNotifications();
    sent = recorded.sent;
    const services = testServices(knex, {
      now: berlin('2026-11-01T00:00'),
      notifications: recorded.service,
    });
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk()),
      updatedBy: dave,
      now: berlin('2026-11-01T00:00'),
    });
    // Last month: a median of 5, after 8 the month before.
    const store = new SurveyStore(knex);
    for (const [month, scores] of [
      ['2026-10', [8, 8, 9]],
      ['2026-11', [5, 5, 6]],
    ] as const) {
      for (const [i, score] of scores.entries()) {
        await store.answer({
          teamRef: platformTeam,
          month,
          userRef: `user:default/p${i}`,
          score,
        });
      }
    }
  });

  /** Both replicas run their survey task at `at`, at once. */
  const runTwoReplicas = (at: DateTime) =>
    Promise.all(
      [0, 1].map(() =>
        testServices(knex, {
          now: at,
          notifications: { send: async o => void sent.push(o) },
        }).tasks.surveySender.run(at),
      ),
    );

  const surveyNotices = () =>
    sent
      .filter(n => n.payload.topic === 'zooport-survey')
      .map(n => ({
        to: n.recipients.type === 'entity' ? n.recipients.entityRef : undefined,
        title: n.payload.title,
        link: n.payload.link,
      }));

  it('asks the team once a month across replicas, from its day on the desk wall clock', async () => {
    await runTwoReplicas(berlin('2026-11-30T23:59'));
    const novembers = surveyNotices().length;
    await runTwoReplicas(berlin('2026-12-01T00:00'));
    await runTwoReplicas(berlin('2026-12-01T00:05'));
    await runTwoReplicas(berlin('2026-12-15T12:00'));
    const notices = surveyNotices().slice(novembers);
    expect(notices.filter(n => n.to?.[0] === platformTeam)).toEqual([
      {
        to: [platformTeam],
        title:
          '🐢 turtle: On a scale of 1 to 10, how confident do you feel supporting platform-software?',
        link: '/catalog/default/group/platform-software/zooport?survey=answer',
      },
    ]);
  });

  it('waits for a later day, and sends the month late when no backend ran on it', async () => {
    await new SurveyStore(knex).setSettings(
      platformTeam,
      { enabled: true, dayOfMonth: 10 },
      carol,
      berlin('2026-11-01T00:00'),
    );
    await runTwoReplicas(berlin('2026-12-09T23:00'));
    const prompts = () =>
      surveyNotices().filter(n => n.title.includes('how confident'));
    expect(prompts()).toEqual([]);
    // Down from the 10th to the 20th: sent when a backend runs again.
    await runTwoReplicas(berlin('2026-12-20T08:00'));
    await runTwoReplicas(berlin('2026-12-20T08:05'));
    expect(prompts()).toEqual([
      expect.objectContaining({ to: [platformTeam] }),
    ]);
  });

  it('tells the lead once when the month just over dropped', async () => {
    await runTwoReplicas(berlin('2026-11-30T12:00'));
    expect(surveyNotices().filter(n => n.title.includes('dropped'))).toEqual(
      [],
    );
    await runTwoReplicas(berlin('2026-12-01T00:00'));
    await runTwoReplicas(berlin('2026-12-02T00:00'));
    expect(surveyNotices().filter(n => n.title.includes('dropped'))).toEqual([
      {
        to: [carol],
        title: "🐢 turtle: the team's confidence dropped in 2026-11",
        link: '/catalog/default/group/platform-software/zooport?survey=answer',
      },
    ]);
  });
});
