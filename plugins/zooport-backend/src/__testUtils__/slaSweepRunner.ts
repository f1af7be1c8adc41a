/*
 * A process that runs the SLA sweep against a PostgreSQL database until it
 * is done or killed: the child of the SLA sweep's kill test. It reads the
 * database connection and the pinned instant from ZOOPORT_SLA_SWEEP_RUN
 * and writes one row to `sla_notice_marks` per notice it sends.
 */
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationService } from '@backstage/plugin-notifications-node';
import knexFactory, { Knex } from 'knex';
import { DateTime } from 'luxon';
import { createZooportServices } from '../wiring';
import { testOrganisation } from './testBackend';

/** A notifications service that records each notice in the database. */
export function markingNotifications(
  knex: Knex,
  delayMs = 0,
): NotificationService {
  return {
    send: async ({ payload }) => {
      if (delayMs > 0) {
        await new Promise(resolve => setTimeout(resolve, delayMs));
      }
      await knex('sla_notice_marks').insert({
        link: payload.link,
        title: payload.title,
      });
    },
  };
}

/** A logger that keeps quiet. */
export const quietLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => quietLogger,
};

/**
 * Everything the sweep builds on, pinned to `at`: by default the test
 * organisation in the catalog and no config.
 */
export function sweepServices(
  knex: Knex,
  at: DateTime,
  notifications: NotificationService,
  options: { config?: Config; entities?: Entity[] } = {},
) {
  return createZooportServices({
    knex,
    config: options.config ?? mockServices.rootConfig(),
    logger: quietLogger,
    catalog: catalogServiceMock({
      entities: options.entities ?? testOrganisation,
    }),
    auth: mockServices.auth(),
    notifications,
    now: () => at,
  });
}

async function main() {
  const { connection, at } = JSON.parse(process.env.ZOOPORT_SLA_SWEEP_RUN!);
  const knex = knexFactory({ client: 'pg', connection });
  const now = DateTime.fromISO(at, { setZone: true });
  const services = sweepServices(knex, now, markingNotifications(knex, 5));
  process.send?.('started');
  await services.tasks.slaSweep.run(now);
  await knex.destroy();
  process.send?.('done');
}

if (require.main === module) {
  main().catch(error => {
    // eslint-disable-next-line no-console
    console.error(error);
    process.exit(1);
  });
}
