import { DateTime } from 'luxon';
import {
  alice,
  bob,
  dave,
  platformDesk,
  platformTeam,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { deskInputSchema } from './validation/desks';
import { parseInput } from './validation/fields';

jest.setTimeout(60_000);

const now = DateTime.fromISO('2026-03-02T10:00:00+01:00');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();

  it('keeps a rotation whose member has left the team when only the profile changes', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const services = testServices(knex, { now });
    const withParticipants = (people: string[], topics = ['ci']) => {
      const body = platformDesk({ topics });
      (body.rotation as any).participants = people.map(userRef => ({
        userRef,
        capabilities: ['production-access'],
      }));
      return parseInput(deskInputSchema, body);
    };
    // Stored while dave was a member; the catalog no longer lists him.
    await services.deskStore.putDesk({
      teamRef: platformTeam,
      input: withParticipants([alice, bob, dave]),
      updatedBy: alice,
      now,
    });

    const profileEdit = await services.desks.putDesk({
      teamRef: platformTeam,
      input: withParticipants([alice, bob, dave], ['kubernetes']),
      expectedRevision: 1,
      updatedBy: bob,
      now,
    });
    expect(profileEdit.desk).toMatchObject({
      topics: ['kubernetes'],
      revision: 2,
    });

    await expect(
      services.desks.putDesk({
        teamRef: platformTeam,
        input: withParticipants([dave, alice, bob], ['kubernetes']),
        expectedRevision: 2,
        updatedBy: bob,
        now,
      }),
    ).rejects.toThrow(
      `rotation.participants.0.userRef: ${dave} is not a member of the team`,
    );
  });
});
