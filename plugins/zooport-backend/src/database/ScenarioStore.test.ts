import { DateTime } from 'luxon';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { parseInput } from '../service/validation/fields';
import { scenarioInputSchema } from '../service/validation/readiness';
import { applyDatabaseMigrations } from './migrations';
import { ScenarioStore } from './ScenarioStore';

jest.setTimeout(60_000);

const team = 'group:default/platform-software';
const alice = 'user:default/alice';
const now = DateTime.fromISO('2026-12-02T10:00:00Z');
const card = (title: string) => parseInput(scenarioInputSchema, { title });

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();

  async function storeWithCard() {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new ScenarioStore(knex);
    const scenario = await store.createScenario({
      teamRef: team,
      input: card('Deploys hang'),
      authorRef: alice,
      now,
    });
    return { store, scenario };
  }

  it('lands concurrent saves without a revision one after another', async () => {
    const { store, scenario } = await storeWithCard();
    await Promise.all(
      [1, 2, 3, 4, 5].map(i =>
        store.updateScenario({
          teamRef: team,
          id: scenario.id,
          input: card(`Take ${i}`),
          authorRef: alice,
          now,
        }),
      ),
    );
    expect((await store.getScenario(team, scenario.id)).revision).toBe(6);
    expect(
      (await store.listVersions(scenario.id)).map(v => v.revision),
    ).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('lands one of concurrent saves of the same revision', async () => {
    const { store, scenario } = await storeWithCard();
    const saves = await Promise.allSettled(
      [1, 2, 3].map(i =>
        store.updateScenario({
          teamRef: team,
          id: scenario.id,
          input: card(`Take ${i}`),
          expectedRevision: 1,
          authorRef: alice,
          now,
        }),
      ),
    );
    expect(saves.map(save => save.status).sort()).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    expect(
      saves.flatMap(save =>
        save.status === 'rejected' ? [save.reason.name] : [],
      ),
    ).toEqual(['PreconditionFailedError', 'PreconditionFailedError']);
    expect((await store.listVersions(scenario.id)).length).toBe(2);
  });

  it('keeps a deleted scenario for the turns that drew it', async () => {
    const { store, scenario } = await storeWithCard();
    await store.deleteScenario(team, scenario.id, now);
    expect(await store.listScenarios(team)).toEqual([]);
    expect((await store.getScenarios([scenario.id])).map(s => s.title)).toEqual(
      ['Deploys hang'],
    );
    await expect(store.deleteScenario(team, scenario.id, now)).rejects.toThrow(
      'No scenario',
    );
  });
});
