import { registerFileSupportRequest } from './fileSupportRequest';
import { registerGetSupportRequest } from './getSupportRequest';
import { registerSearchKnowledgeBase } from './searchKnowledgeBase';
import { ZooportActionDeps } from './types';
import { registerWhoIsOnDuty } from './whoIsOnDuty';

/**
 * Registers Zooport's actions with the actions registry, for AI assistants
 * through the MCP actions backend. Each checks the caller's permissions as
 * its REST route does.
 */
export function registerZooportActions(deps: ZooportActionDeps) {
  registerWhoIsOnDuty(deps);
  registerSearchKnowledgeBase(deps);
  registerGetSupportRequest(deps);
  registerFileSupportRequest(deps);
}
