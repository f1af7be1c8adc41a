import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { ZOOPORT_DESK_RESOURCE_TYPE } from '@zooport/plugin-zooport-common';
import { z } from 'zod';

/** What the permission framework sees of a desk: the team it belongs to. */
export interface DeskResource {
  teamRef: string;
}

/** Desk filters are not turned into queries: desks are few and read by all. */
export type DeskQuery = { teamRefs: string[] };

export const deskResourceRef = createPermissionResourceRef<
  DeskResource,
  DeskQuery
>().with({ pluginId: 'zooport', resourceType: ZOOPORT_DESK_RESOURCE_TYPE });

/** Allows the people whose ownership claims include the desk's team. */
export const isDeskTeamMember = createPermissionRule({
  name: 'IS_DESK_TEAM_MEMBER',
  description: "Allow members of the desk's team",
  resourceRef: deskResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Entity refs the user holds, e.g. the groups they belong to'),
  }),
  apply: (desk, { claims }) => claims.includes(desk.teamRef),
  toQuery: ({ claims }) => ({ teamRefs: claims }),
});

export const deskPermissionRules = [isDeskTeamMember];

/**
 * Conditions for permission policies that decide on Zooport desks.
 *
 * @public
 */
export const {
  conditions: zooportDeskConditions,
  createConditionalDecision: createZooportDeskConditionalDecision,
} = createConditionExports({
  resourceRef: deskResourceRef,
  rules: { isDeskTeamMember },
});
