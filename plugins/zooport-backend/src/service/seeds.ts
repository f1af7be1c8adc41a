import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { EntryStore } from '../database/EntryStore';
import { ScenarioStore } from '../database/ScenarioStore';
import { rotationBegunBy } from './demoHistory/rotationStart';
import { ScenarioService } from './ScenarioService';
import { deskInputSchema } from './validation/desks';
import { parseInput } from './validation/fields';
import { entryInputSchema } from './validation/knowledge';
import { scenarioInputSchema } from './validation/readiness';

interface SeedOptions {
  config: RootConfigService;
  logger: LoggerService;
  now: DateTime;
}

/**
 * Runs `plant` for each item under a `zooport.seed*` key, with its team as
 * a group ref. A broken item is logged and skipped; it never stops the
 * backend.
 */
async function forEachSeed(
  key: string,
  { config, logger }: SeedOptions,
  plant: (teamRef: string, body: Record<string, unknown>) => Promise<void>,
) {
  for (const item of config.getOptionalConfigArray(key) ?? []) {
    const { team, ...body } = item.get<{ team: string }>();
    try {
      const teamRef = stringifyEntityRef(
        parseEntityRef(team, {
          defaultKind: 'group',
          defaultNamespace: 'default',
        }),
      );
      await plant(teamRef, body);
    } catch (error) {
      logger.warn(`Skipped an item of ${key} for ${team}: ${error}`);
    }
  }
}

/**
 * Creates the desks listed under `zooport.seedDesks` that do not exist yet.
 * Before a demo history is seeded (`historyStart`, where it will begin) they
 * are written as of then, their rotations begun by then, so that every past
 * request falls in a shift the record of shifts holds.
 */
export async function seedDesks(
  options: SeedOptions & { store: DeskStore; historyStart?: DateTime },
) {
  const { store, logger, now, historyStart } = options;
  await forEachSeed('zooport.seedDesks', options, async (teamRef, body) => {
    if (await store.getDesk(teamRef)) {
      return;
    }
    const input = parseInput(deskInputSchema, body);
    await store.putDesk({
      teamRef,
      input:
        historyStart && input.rotation
          ? {
              ...input,
              rotation: rotationBegunBy(input.rotation, historyStart),
            }
          : input,
      expectedRevision: 0,
      updatedBy: 'config:zooport.seedDesks',
      now: historyStart ?? now,
    });
    logger.info(`Created the support desk of ${teamRef} from configuration`);
  });
}

/**
 * Writes the knowledge-base entries listed under `zooport.seedEntries`
 * whose desk has no entry of that title yet.
 */
export async function seedEntries(
  options: SeedOptions & { entries: EntryStore },
) {
  const { entries, now } = options;
  await forEachSeed('zooport.seedEntries', options, async (teamRef, body) => {
    const input = parseInput(entryInputSchema, body);
    const { items } = await entries.listEntries(
      { teamRefs: [teamRef] },
      { limit: 1000, now },
    );
    if (items.some(entry => entry.title === input.title)) {
      return;
    }
    await entries.createEntry(
      teamRef,
      input,
      'config:zooport.seedEntries',
      now,
    );
  });
}

/**
 * Adds the scenarios listed under `zooport.seedScenarios` to their desk's
 * deck when it has none of that title yet. They are created as the
 * scenario route creates them, so one of a team without a desk, or naming
 * no playbook of its desk, is skipped.
 */
export async function seedScenarios(
  options: SeedOptions & {
    scenarios: Pick<ScenarioService, 'create'>;
    deck: Pick<ScenarioStore, 'listScenarios'>;
  },
) {
  const { scenarios, deck, now } = options;
  await forEachSeed('zooport.seedScenarios', options, async (teamRef, body) => {
    const input = parseInput(scenarioInputSchema, body);
    const existing = await deck.listScenarios(teamRef);
    if (existing.some(scenario => scenario.title === input.title)) {
      return;
    }
    await scenarios.create(teamRef, input, 'config:zooport.seedScenarios', now);
  });
}
