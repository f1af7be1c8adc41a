import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DateTime } from 'luxon';
import { Access } from '../service/Access';
import { DeskService } from '../service/DeskService';
import { KnowledgeService } from '../service/KnowledgeService';
import { RequestService } from '../service/RequestService';
import { RequestTypeService } from '../service/RequestTypeService';
import { DisplayNames } from '../service/TeamDirectory';
import { PortalLinks } from './portalLinks';

/** What Zooport's actions need: the services the REST routes use. */
export interface ZooportActionDeps {
  actionsRegistry: ActionsRegistryService;
  access: Access;
  catalog: CatalogService;
  desks: DeskService;
  teams: DisplayNames;
  knowledge: KnowledgeService;
  requests: RequestService;
  requestTypes: RequestTypeService;
  links: PortalLinks;
  /** The clock; tests pin it. */
  now: () => DateTime;
}

/** Where an action finds the desk it is asked about, as the caller. */
export type DeskLookup = Pick<ZooportActionDeps, 'desks' | 'catalog'> & {
  credentials: BackstageCredentials;
};
