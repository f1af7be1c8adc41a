import { UserInfoService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  ZOOPORT_DESK_RESOURCE_TYPE,
  ZooportRequestPermission,
  zooportRequestApprovePermission,
  zooportRequestParticipatePermission,
} from '@zooport/plugin-zooport-common';
import {
  createZooportDeskConditionalDecision,
  zooportDeskConditions,
} from './deskResource';
import {
  createZooportRequestConditionalDecision,
  zooportRequestConditions,
} from './requestResource';

/** The groups whose members may edit every desk (`zooport.adminGroups`). */
export function readAdminGroups(config: Config): string[] {
  return config.getOptionalStringArray('zooport.adminGroups') ?? [];
}

/**
 * Decides Zooport's own permissions. Returns undefined for permissions that
 * are not Zooport's, so a custom policy can delegate to it. `claims` are the
 * user's ownership entity refs (themselves and their groups).
 *
 * - Everyone signed in reads desks and requests and files requests.
 * - Zooport admins may do everything.
 * - A desk's team edits its desk and rotation and works on its requests.
 * - A requester also comments on, escalates, closes and reopens their own.
 * - The approvers a request type names approve its requests.
 *
 * @public
 */
export function decideZooportPermission(
  request: PolicyQuery,
  claims: string[],
  adminGroups: string[],
): PolicyDecision | undefined {
  const { permission } = request;
  if (!permission.name.startsWith('zooport.')) {
    return undefined;
  }
  const isAdmin = claims.some(ref => adminGroups.includes(ref));
  if (isAdmin || !isResourcePermission(permission)) {
    return { result: AuthorizeResult.ALLOW };
  }
  if (isResourcePermission(permission, ZOOPORT_DESK_RESOURCE_TYPE)) {
    return createZooportDeskConditionalDecision(
      permission,
      zooportDeskConditions.isDeskTeamMember({ claims }),
    );
  }
  const { isRequestDeskMember, isRequester, isRequestApprover } =
    zooportRequestConditions;
  if (isPermission(permission, zooportRequestParticipatePermission)) {
    return createZooportRequestConditionalDecision(permission, {
      anyOf: [isRequestDeskMember({ claims }), isRequester({ claims })],
    });
  }
  if (isPermission(permission, zooportRequestApprovePermission)) {
    return createZooportRequestConditionalDecision(
      permission,
      isRequestApprover({ claims }),
    );
  }
  return createZooportRequestConditionalDecision(
    permission as ZooportRequestPermission,
    isRequestDeskMember({ claims }),
  );
}

/**
 * A complete policy for portals that have no policy of their own: Zooport's
 * rules for Zooport, and allow for everything else.
 *
 * @public
 */
export class ZooportPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      adminGroups: string[];
      userInfo: UserInfoService;
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user
      ? (await this.options.userInfo.getUserInfo(user.credentials))
          .ownershipEntityRefs
      : [];
    return (
      decideZooportPermission(request, claims, this.options.adminGroups) ?? {
        result: AuthorizeResult.ALLOW,
      }
    );
  }
}
