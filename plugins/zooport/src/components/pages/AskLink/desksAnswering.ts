import { parseEntityRef } from '@backstage/catalog-model';
import { ZooDesk } from '@zooport/plugin-zooport-common';

/** A name as an address writes it: lower case, a dash for each run of spaces. */
const slug = (name: string) =>
  name
    .trim()
    .toLocaleLowerCase('en')
    .replace(/[\s_]+/g, '-');

/**
 * The desks that `who` names, as an ask link (`/zooport/ask/<who>`) writes
 * it: a team by its ref or its name, or a desk by its animal (any case, a
 * dash or `%20` for a space). A team's own name wins over an animal's.
 */
export function desksAnswering(desks: ZooDesk[], who: string): ZooDesk[] {
  const wanted = slug(decodeURIComponent(who));
  if (!wanted) {
    return [];
  }
  const byTeam = desks.filter(desk => {
    const { name } = parseEntityRef(desk.teamRef);
    return slug(desk.teamRef) === wanted || slug(name) === wanted;
  });
  return byTeam.length > 0
    ? byTeam
    : desks.filter(desk => slug(desk.animal.name) === wanted);
}
