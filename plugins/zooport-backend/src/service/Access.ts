import {
  AuthService,
  BackstageCredentials,
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
 * Who is calling: an HTTP request with its token, or the credentials an
 * action of the actions registry was invoked with.
 */
export type Caller = Request | BackstageCredentials;

/**
 * Who is calling and what they may do, through Backstage's permission
 * framework. Conditional decisions on desks and requests are settled here,
 * against the one resource at hand, rather than by a second round trip.
 */
export class Access {
  constructor(
    private readonly options: {
      httpAuth: HttpAuthService;
      auth: AuthService;
      userInfo: UserInfoService;
      permissions: PermissionsService;
      isDeskAuthorized: ConditionAuthorizer<DeskResource>;
      isRequestAuthorized: ConditionAuthorizer<RequestResource>;
    },
  ) {}

  private async credentialsOf(caller: Caller): Promise<BackstageCredentials> {
    return '$$type' in caller
      ? caller
      : this.options.httpAuth.credentials(caller);
  }

  /** The signed-in user's entity ref; 401 without a token, 403 for services. */
  async user(caller: Caller): Promise<string> {
    const credentials =
      '$$type' in caller
        ? caller
        : await this.options.httpAuth.credentials(caller, { allow: ['user'] });
    if (!this.options.auth.isPrincipal(credentials, 'user')) {
      throw new NotAllowedError('Only a signed-in person may do this');
    }
    return (await this.options.userInfo.getUserInfo(credentials)).userEntityRef;
  }

  /** Throws 403 unless the caller holds a basic permission. */
  async require(caller: Caller, permission: BasicPermission, what: string) {
    const credentials = await this.credentialsOf(caller);
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

  private async decide(caller: Caller, permission: ResourcePermission) {
    const credentials = await this.credentialsOf(caller);
    const [decision] = await this.options.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return decision;
  }

  async mayOnDesk(
    caller: Caller,
    permission: ResourcePermission,
    desk: DeskResource,
  ): Promise<boolean> {
    return this.options.isDeskAuthorized(
      await this.decide(caller, permission),
      desk,
    );
  }

  async requireOnDesk(
    caller: Caller,
    permission: ResourcePermission,
    desk: DeskResource,
  ) {
    if (!(await this.mayOnDesk(caller, permission, desk))) {
      throw new NotAllowedError(
        `You may not ${permission.attributes.action} the desk of ${desk.teamRef}`,
      );
    }
  }

  async mayOnRequest(
    caller: Caller,
    permission: ResourcePermission,
    request: RequestResource,
  ): Promise<boolean> {
    return this.options.isRequestAuthorized(
      await this.decide(caller, permission),
      request,
    );
  }
}
