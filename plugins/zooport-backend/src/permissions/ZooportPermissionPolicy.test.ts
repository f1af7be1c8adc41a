import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import { decideZooportPermission } from './ZooportPermissionPolicy';
import { isDeskTeamMember } from './deskResource';

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
});
