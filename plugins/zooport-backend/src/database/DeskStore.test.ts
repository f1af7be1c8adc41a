import { DateTime } from 'luxon';
import {
  alice,
  platformDesk,
  platformTeam,
  securityTeam,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { deskInputSchema } from '../service/validation/desks';
import { DeskStore } from './DeskStore';
import { applyDatabaseMigrations } from './migrations';

jest.setTimeout(60_000);

const now = DateTime.fromISO('2026-03-02T10:00:00+01:00');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();

  it('lists desks written by another replica since the last list', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const here = new DeskStore(knex);
    const elsewhere = new DeskStore(knex);
    const put = (store: DeskStore, teamRef: string, topics: string[]) =>
      store.putDesk({
        teamRef,
        input: deskInputSchema.parse(platformDesk({ topics })),
        updatedBy: alice,
        now,
      });
    const topics = async () =>
      (await here.listDesks()).map(desk => [desk.teamRef, desk.topics]);

    await put(here, platformTeam, ['ci']);
    expect(await topics()).toEqual([[platformTeam, ['ci']]]);
    await put(elsewhere, platformTeam, ['deploy']);
    expect(await topics()).toEqual([[platformTeam, ['deploy']]]);
    await put(elsewhere, securityTeam, ['vault']);
    expect(await topics()).toEqual([
      [platformTeam, ['deploy']],
      [securityTeam, ['vault']],
    ]);
  });
});
