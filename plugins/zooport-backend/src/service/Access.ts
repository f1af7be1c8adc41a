import {
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { DeskResource } from '../permissions/deskResource';
import { RequestResource } from '../permissions/requestResource';

/** Settles a conditional decision against a resource in memory. */
export type ConditionAuthorizer<R> = (
  decision: PolicyDecision,
  resource: R,
) => boolean;

/**
 * Who is calling and what they may do, through Backstage's permission
 * framework. Conditional decisions on desks and requests are settled here,
 * against the one resource at hand, rather than by a second round trip.
 */
export class Access {
  constructor(
    private readonly options: {
      httpAuth: HttpAuthService;
      userInfo: UserInfoService;
      permissions: PermissionsService;
      isDeskAuthorized: ConditionAuthorizer<DeskResource>;
      isRequestAuthorized: ConditionAuthorizer<RequestResource>;
    },
  ) {}

  /** The signed-in user's entity ref; 401 for anyone else. */
  async user(req: Request): Promise<string> {
    const credentials = await this.options.httpAuth.credentials(req, {
      allow: ['user'],
    });
    return (await this.options.userInfo.getUserInfo(credentials)).userEntityRef;
  }

  /** Throws 403 unless the caller holds a basic permission. */
  async require(req: Request, permission: BasicPermission, what: string) {
    const credentials = await this.options.httpAuth.credentials(req);
    const [decision] = await this.options.permissions.authorize(
      [{ permission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not ${permission.attributes.action} ${what}`,
      );
    }
  }

  private async decide(req: Request, permission: ResourcePermission) {
    const credentials = await this.options.httpAuth.credentials(req);
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return decision;
  }

  async mayOnDesk(
    req: Request,
    permission: ResourcePermission,
    desk: DeskResource,
  ): Promise<boolean> {
    return this.options.isDeskAuthorized(
      await this.decide(req, permission),
      desk,
    );
  }

  async requireOnDesk(
    req: Request,
    permission: ResourcePermission,
    desk: DeskResource,
  ) {
    if (!(await this.mayOnDesk(req, permission, desk))) {
      throw new NotAllowedError(
        `You may not ${permission.attributes.action} the desk of ${desk.teamRef}`,
      );
    }
  }

  async mayOnRequest(
    req: Request,
    permission: ResourcePermission,
    request: RequestResource,
  ): Promise<boolean> {
    return this.options.isRequestAuthorized(
      await this.decide(req, permission),
      request,
    );
  }
}
