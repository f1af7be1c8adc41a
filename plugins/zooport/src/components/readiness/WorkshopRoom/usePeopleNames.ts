import { parseEntityRef } from '@backstage/catalog-model';
import { useTeamMembers } from '../../../hooks/useTeamMembers';

/** The team's members by name: the room names people, not refs. */
export function usePeopleNames(teamRef: string) {
  const members = useTeamMembers(teamRef);
  const names = new Map(
    (members.value ?? []).map(member => [member.userRef, member.name]),
  );
  return {
    members: members.value ?? [],
    nameOf: (userRef: string) =>
      names.get(userRef) ?? parseEntityRef(userRef).name,
  };
}
