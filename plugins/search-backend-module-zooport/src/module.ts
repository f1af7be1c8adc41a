import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import {
  ZooportEntryCollatorFactory,
  ZooportRequestCollatorFactory,
} from './collators';
import { ZooportDesks } from './ZooportDesks';
import { ZooportPages } from './ZooportPages';

const SCHEDULE_KEY = 'search.collators.zooport.schedule';

/**
 * Indexes Zooport's FAQ entries, playbooks and support requests in
 * Backstage search.
 *
 * @public
 */
export const searchModuleZooportCollators = createBackendModule({
  pluginId: 'search',
  moduleId: 'zooport-collators',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        discovery,
        auth,
        catalog,
        scheduler,
        indexRegistry,
      }) {
        const schedule = scheduler.createScheduledTaskRunner(
          config.has(SCHEDULE_KEY)
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                config.getConfig(SCHEDULE_KEY),
              )
            : {
                frequency: { minutes: 10 },
                timeout: { minutes: 15 },
                initialDelay: { seconds: 10 },
              },
        );
        const pages = new ZooportPages({ discovery, auth });
        const desks = new ZooportDesks({ pages, catalog, auth });
        indexRegistry.addCollator({
          schedule,
          factory: new ZooportEntryCollatorFactory({ pages, desks }),
        });
        indexRegistry.addCollator({
          schedule,
          factory: new ZooportRequestCollatorFactory({ pages, desks }),
        });
      },
    });
  },
});
