import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  ZOOPORT_DESK_RESOURCE_TYPE,
  ZOOPORT_REQUEST_RESOURCE_TYPE,
  zooportPermissions,
} from '@zooport/plugin-zooport-common';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { DateTime } from 'luxon';
import { portalLinks } from './actions/portalLinks';
import { registerZooportActions } from './actions/registerZooportActions';
import { applyDatabaseMigrations } from './database/migrations';
import { useWriteAheadLog } from './database/writeAheadLog';
import {
  deskPermissionRules,
  deskResourceRef,
} from './permissions/deskResource';
import {
  requestPermissionRules,
  requestResourceOf,
  requestResourceRef,
} from './permissions/requestResource';
import { Access } from './service/Access';
import { createRouter } from './service/router';
import { seedDesks, seedEntries, seedScenarios } from './service/seeds';
import {
  pendingHistory,
  seedRequestHistory,
} from './service/demoHistory/seedRequestHistory';
import { seedSurveyHistory } from './service/demoHistory/seedSurveyHistory';
import { scheduleZooportTasks } from './tasks/scheduleZooportTasks';
import { createZooportServices } from './wiring';

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
        scheduler: coreServices.scheduler,
        cache: coreServices.cache,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { logger, config, database, httpRouter, permissionsRegistry } =
          deps;
        const knex = await database.getClient();
        await useWriteAheadLog(knex);
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }

        const services = createZooportServices({
          ...deps,
          knex,
          now: () => DateTime.now(),
        });
        const seeding = { config, logger, now: services.now() };
        const history = await pendingHistory({
          ...seeding,
          requestStore: services.history.requestStore,
        });
        await seedDesks({
          ...seeding,
          store: services.deskStore,
          historyStart: history?.start,
        });
        await seedEntries({ ...seeding, entries: services.entries });
        await seedScenarios({
          ...seeding,
          scenarios: services.scenarios,
          deck: services.scenarioStore,
        });
        await seedRequestHistory({
          ...seeding,
          services: { ...services, ...services.history },
          history,
        });
        await seedSurveyHistory({
          ...seeding,
          history,
          desks: services.deskStore,
          surveys: services.surveyStore,
        });

        const permissionsOf = (resourceType: string) =>
          zooportPermissions.filter(p => isResourcePermission(p, resourceType));
        permissionsRegistry.addPermissions(zooportPermissions);
        permissionsRegistry.addResourceType({
          resourceRef: deskResourceRef,
          permissions: permissionsOf(ZOOPORT_DESK_RESOURCE_TYPE),
          rules: deskPermissionRules,
          getResources: async teamRefs =>
            teamRefs.map(teamRef => ({ teamRef })),
        });
        permissionsRegistry.addResourceType({
          resourceRef: requestResourceRef,
          permissions: permissionsOf(ZOOPORT_REQUEST_RESOURCE_TYPE),
          rules: requestPermissionRules,
          getResources: async ids =>
            Promise.all(
              ids.map(id =>
                services.requests
                  .readStored(id)
                  .then(requestResourceOf)
                  .catch(() => undefined),
              ),
            ),
        });

        const access = new Access({
          ...deps,
          isDeskAuthorized: createConditionAuthorizer(
            permissionsRegistry.getPermissionRuleset(deskResourceRef),
          ),
          isRequestAuthorized: createConditionAuthorizer(
            permissionsRegistry.getPermissionRuleset(requestResourceRef),
          ),
        });

        registerZooportActions({
          ...services,
          actionsRegistry: deps.actionsRegistry,
          access,
          catalog: deps.catalog,
          links: portalLinks(config),
        });

        httpRouter.use(
          await createRouter({
            logger,
            access,
            ...services,
            externalBaseUrl: () => deps.discovery.getExternalBaseUrl('zooport'),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        httpRouter.addAuthPolicy({
          path: '/calendar',
          allow: 'unauthenticated',
        });

        await scheduleZooportTasks(
          deps.scheduler,
          services.tasks,
          services.now,
        );
      },
    });
  },
});
