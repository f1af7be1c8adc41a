import { UserInfoService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  zooportDeskUpdatePermission,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import {
  createZooportDeskConditionalDecision,
  zooportDeskConditions,
} from './deskResource';

/** The groups whose members may edit every desk (`zooport.adminGroups`). */
export function readAdminGroups(config: Config): string[] {
  return config.getOptionalStringArray('zooport.adminGroups') ?? [];
}

/**
 * Decides Zooport's own permissions: everyone signed in reads; a desk's
 * team members and the Zooport admins edit it. Returns undefined for
 * permissions that are not Zooport's, so a custom policy can delegate to it.
 * `claims` are the user's ownership entity refs (themselves and their groups).
 *
 * @public
 */
export function decideZooportPermission(
  request: PolicyQuery,
  claims: string[],
  adminGroups: string[],
): PolicyDecision | undefined {
  const edits = [zooportDeskUpdatePermission, zooportRotationUpdatePermission];
  const permission = edits.find(p => isPermission(request.permission, p));
  if (!permission) {
    return request.permission.name.startsWith('zooport.')
      ? { result: AuthorizeResult.ALLOW }
      : undefined;
  }
  if (claims.some(ref => adminGroups.includes(ref))) {
    return { result: AuthorizeResult.ALLOW };
  }
  return createZooportDeskConditionalDecision(
    permission,
    zooportDeskConditions.isDeskTeamMember({ claims }),
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
