import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { ZooDesk } from '@zooport/plugin-zooport-common';
import { animalLabel } from '../../../labels';

/** A desk in a list to choose from, e.g. "🐢 turtle (platform-software)". */
export function deskLabel(desk: ZooDesk): string {
  const team = humanizeEntityRef(parseEntityRef(desk.teamRef), {
    defaultKind: 'group',
  });
  return `${animalLabel(desk.animal)} (${team})`;
}
