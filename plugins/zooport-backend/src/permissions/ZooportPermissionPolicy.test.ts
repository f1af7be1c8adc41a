import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRequestApprovePermission,
  zooportRequestCreatePermission,
  zooportRequestParticipatePermission,
  zooportRequestUpdatePermission,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import { decideZooportPermission } from './ZooportPermissionPolicy';
import { isDeskTeamMember } from './deskResource';
import { requestPermissionRules } from './requestResource';

const admins = ['group:default/zooport-admins'];
const member = ['user:default/alice', 'group:default/platform-software'];

describe('decideZooportPermission', () => {
  it('lets everyone read desks', () => {
    expect(
      decideZooportPermission(
        { permission: zooportDeskReadPermission },
        [],
        admins,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets Zooport admins edit every desk', () => {
    for (const permission of [
      zooportDeskUpdatePermission,
      zooportRotationUpdatePermission,
    ]) {
      expect(
        decideZooportPermission(
          { permission },
          ['user:default/amara', ...admins],
          admins,
        ),
      ).toEqual({ result: AuthorizeResult.ALLOW });
    }
  });

  it('lets others edit only the desks of their own teams', () => {
    const decision = decideZooportPermission(
      { permission: zooportRotationUpdatePermission },
      member,
      admins,
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'zooport',
      resourceType: 'zooport-desk',
      conditions: { rule: 'IS_DESK_TEAM_MEMBER', params: { claims: member } },
    });
    const claims = member;
    expect(
      isDeskTeamMember.apply(
        { teamRef: 'group:default/platform-software' },
        { claims },
      ),
    ).toBe(true);
    expect(
      isDeskTeamMember.apply({ teamRef: 'group:default/security' }, { claims }),
    ).toBe(false);
  });

  it('leaves other plugins’ permissions to the caller', () => {
    const other = createPermission({
      name: 'catalog.entity.delete',
      attributes: { action: 'delete' },
    });
    expect(decideZooportPermission({ permission: other }, member, admins)).toBe(
      undefined,
    );
  });

  describe('on requests', () => {
    const request = {
      teamRef: 'group:default/platform-software',
      requesterRef: 'user:default/dave',
      approvers: ['user:default/erin'],
    };
    const dave = ['user:default/dave', 'group:default/database-administrators'];
    const erin = ['user:default/erin', 'group:default/security'];

    /** Applies a conditional decision to the request, as the router does. */
    function allows(decision: any, claims: string[]): boolean {
      if (decision.result !== AuthorizeResult.CONDITIONAL) {
        return decision.result === AuthorizeResult.ALLOW;
      }
      const criteria = decision.conditions;
      const apply = (c: any): boolean => {
        if (c.anyOf) return c.anyOf.some(apply);
        const rule = requestPermissionRules.find(r => r.name === c.rule)!;
        return rule.apply(request, { claims });
      };
      return apply(criteria);
    }
    const decide = (permission: any, claims: string[]) =>
      allows(decideZooportPermission({ permission }, claims, admins), claims);

    it.each([
      ['anyone files a request', zooportRequestCreatePermission, dave, true],
      ['the desk works on it', zooportRequestUpdatePermission, member, true],
      [
        'the requester does not work on it',
        zooportRequestUpdatePermission,
        dave,
        false,
      ],
      [
        'the requester comments',
        zooportRequestParticipatePermission,
        dave,
        true,
      ],
      ['the desk comments', zooportRequestParticipatePermission, member, true],
      [
        'a bystander does not comment',
        zooportRequestParticipatePermission,
        erin,
        false,
      ],
      ['the approver approves', zooportRequestApprovePermission, erin, true],
      [
        'the desk does not approve',
        zooportRequestApprovePermission,
        member,
        false,
      ],
      [
        'an admin approves',
        zooportRequestApprovePermission,
        ['user:default/amara', ...admins],
        true,
      ],
    ])('%s', (_case, permission, claims, allowed) => {
      expect(decide(permission, claims)).toBe(allowed);
    });
  });
});
