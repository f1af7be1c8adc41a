import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { applyDatabaseMigrations } from './database/migrations';
import { createRouter } from './service/router';

/**
 * The Zooport backend plugin.
 *
 * @public
 */
export const zooportPlugin = createBackendPlugin({
  pluginId: 'zooport',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
      },
      async init({ logger, database, httpRouter }) {
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }

        httpRouter.use(await createRouter({ logger }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
