import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { zooportPermissions } from '@zooport/plugin-zooport-common';
import { CalendarFeedStore } from './database/CalendarFeedStore';
import { DeskStore } from './database/DeskStore';
import { applyDatabaseMigrations } from './database/migrations';
import {
  deskPermissionRules,
  deskResourceRef,
} from './permissions/deskResource';
import { DeskService } from './service/DeskService';
import { createRouter } from './service/router';
import { seedDesks } from './service/seedDesks';
import { TeamDirectory } from './service/TeamDirectory';
import { DateTime } from 'luxon';

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
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        logger,
        config,
        database,
        httpRouter,
        discovery,
        httpAuth,
        userInfo,
        auth,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }

        const store = new DeskStore(knex);
        await seedDesks({ config, store, logger, now: DateTime.now() });
        const desks = new DeskService(store, new TeamDirectory(catalog, auth));

        permissionsRegistry.addPermissions(zooportPermissions);
        permissionsRegistry.addResourceType({
          resourceRef: deskResourceRef,
          permissions: zooportPermissions,
          rules: deskPermissionRules,
          getResources: async teamRefs =>
            teamRefs.map(teamRef => ({ teamRef })),
        });

        const isDeskAuthorized = createConditionAuthorizer(
          permissionsRegistry.getPermissionRuleset(deskResourceRef),
        );

        httpRouter.use(
          await createRouter({
            logger,
            httpAuth,
            userInfo,
            permissions,
            desks,
            feeds: new CalendarFeedStore(knex),
            externalBaseUrl: () => discovery.getExternalBaseUrl('zooport'),
            isDeskAuthorized,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({
          path: '/calendar',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
