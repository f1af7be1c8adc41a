/** What a desk is called by: its team's ref and its animal. */
export interface CalledDesk {
  teamRef: string;
  animal: { name: string };
}

/** A name as people write it: lower case, one dash for spaces and dashes. */
const slug = (name: string) =>
  name
    .trim()
    .toLocaleLowerCase('en')
    .replace(/[\s_-]+/g, '-');

/** The name part of a full team ref (`group:default/security`). */
const teamName = (teamRef: string) =>
  teamRef.slice(teamRef.lastIndexOf('/') + 1);

/**
 * The desks `name` calls: a team by its ref or its name, else a desk by its
 * animal (any case; spaces, underscores or dashes alike). A team's own name
 * wins over another desk's animal. Nothing for an empty name.
 *
 * @public
 */
export function desksCalled<D extends CalledDesk>(
  desks: D[],
  name: string,
): D[] {
  const wanted = slug(name);
  if (!wanted) {
    return [];
  }
  const byTeam = desks.filter(
    desk =>
      slug(desk.teamRef) === wanted || slug(teamName(desk.teamRef)) === wanted,
  );
  return byTeam.length > 0
    ? byTeam
    : desks.filter(desk => slug(desk.animal.name) === wanted);
}
