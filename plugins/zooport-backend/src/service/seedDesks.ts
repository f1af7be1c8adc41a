import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { deskInputSchema, parseInput } from './validation';

/**
 * Creates the desks listed under `zooport.seedDesks` that do not exist yet.
 * A broken entry is logged and skipped; it never stops the backend.
 */
export async function seedDesks(options: {
  config: RootConfigService;
  store: DeskStore;
  logger: LoggerService;
  now: DateTime;
}): Promise<void> {
  const { config, store, logger, now } = options;
  for (const entry of config.getOptionalConfigArray('zooport.seedDesks') ??
    []) {
    const { team, ...body } = entry.get<{ team: string }>();
    try {
      const teamRef = stringifyEntityRef(
        parseEntityRef(team, {
          defaultKind: 'group',
          defaultNamespace: 'default',
        }),
      );
      if (await store.getDesk(teamRef)) {
        continue;
      }
      const input = parseInput(deskInputSchema, body);
      await store.putDesk({
        teamRef,
        input,
        expectedRevision: 0,
        updatedBy: 'config:zooport.seedDesks',
        now,
      });
      logger.info(`Created the support desk of ${teamRef} from configuration`);
    } catch (error) {
      logger.warn(`Skipped the seed desk for ${team}: ${error}`);
    }
  }
}
