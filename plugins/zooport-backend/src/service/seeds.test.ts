import { mockServices } from '@backstage/backend-test-utils';
import { scenarioTarget } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import {
  ConfigData,
  platformDesk,
  platformTeam,
  testServices,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { ScenarioStore } from '../database/ScenarioStore';
import { seedDesks, seedScenarios } from './seeds';

jest.setTimeout(60_000);

const now = DateTime.fromISO('2026-12-02T10:00:00Z');
const repository = join(__dirname, '..', '..', '..', '..');
const readText = (path: string) => readFileSync(join(repository, path), 'utf8');

/**
 * The seeding of a backend with this `zooport` configuration: its desks at
 * once, its scenarios each time `seedTheScenarios` is called.
 */
async function backendWith(knex: Knex, zooport: ConfigData) {
  await applyDatabaseMigrations(knex);
  const services = testServices(knex, { now });
  const seeding = {
    config: mockServices.rootConfig({ data: { zooport } }),
    logger: mockServices.logger.mock(),
    now,
  };
  await seedDesks({ ...seeding, store: services.deskStore });
  const deck = new ScenarioStore(knex);
  return {
    logger: seeding.logger,
    deck,
    seedTheScenarios: () =>
      seedScenarios({ ...seeding, scenarios: services.scenarios, deck }),
  };
}

/** How many members each team of the demo's catalog has, by group ref. */
function demoTeamSizes(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const document of parseAllDocuments(readText('examples/org.yaml'))) {
    const entity = document.toJS();
    if (entity?.kind !== 'User') {
      continue;
    }
    for (const group of entity.spec.memberOf as string[]) {
      const ref = `group:default/${group}`;
      sizes.set(ref, (sizes.get(ref) ?? 0) + 1);
    }
  }
  return sizes;
}

describe('seedScenarios', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'on %p adds each scenario once and skips broken ones',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { deck, logger, seedTheScenarios } = await backendWith(knex, {
        seedDesks: [{ team: platformTeam, ...platformDesk() }],
        seedScenarios: [
          {
            team: 'platform-software',
            title: 'Deploys queue for an hour',
            difficulty: 'hard',
            evidence: '```\nqueue: 0 of 12 runners online\n```',
          },
          {
            team: 'platform-software',
            title: 'A rollback keeps the new configuration',
            draft: true,
          },
          {
            team: 'platform-software',
            title: 'No such difficulty',
            difficulty: 'impossible',
          },
          { team: 'platform-software', opening: 'A card without a title' },
          { team: 'group:default/no-desk', title: 'A team without a desk' },
        ],
      });

      await seedTheScenarios();
      await seedTheScenarios();

      const scenarios = await deck.listScenarios(platformTeam);
      expect(
        scenarios.map(s => [s.title, s.difficulty, s.draft, s.authorRef]),
      ).toEqual([
        [
          'A rollback keeps the new configuration',
          'medium',
          true,
          'config:zooport.seedScenarios',
        ],
        [
          'Deploys queue for an hour',
          'hard',
          false,
          'config:zooport.seedScenarios',
        ],
      ]);
      expect(scenarios[1].evidence).toBe(
        '```\nqueue: 0 of 12 runners online\n```',
      );
      expect(await deck.listScenarios('group:default/no-desk')).toEqual([]);
      const skipped = logger.warn.mock.calls.map(([message]) => message);
      expect(skipped).toHaveLength(2 * 3);
      expect(skipped).toEqual(
        expect.arrayContaining([
          expect.stringContaining('difficulty'),
          expect.stringContaining('title'),
          expect.stringContaining('group:default/no-desk'),
        ]),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    "on %p adds the whole demo deck, short of each team's target",
    async databaseId => {
      const knex = await databases.init(databaseId);
      const demo = parse(readText('app-config.yaml')).zooport;
      const { deck, logger, seedTheScenarios } = await backendWith(knex, {
        seedDesks: demo.seedDesks,
        seedScenarios: parse(readText(demo.seedScenarios.$include)),
      });

      await seedTheScenarios();

      expect(logger.warn).not.toHaveBeenCalled();
      const sizes = demoTeamSizes();
      const teams = [
        'group:default/platform-software',
        'group:default/database-administrators',
      ];
      for (const team of teams) {
        const scenarios = await deck.listScenarios(team);
        expect(scenarios.length).toBeGreaterThanOrEqual(2);
        expect(scenarios.length).toBeLessThan(scenarioTarget(sizes.get(team)!));
      }
      const platform = await deck.listScenarios(teams[0]);
      expect(platform.filter(s => s.draft)).toHaveLength(1);
    },
  );
});
