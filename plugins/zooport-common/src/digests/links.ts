/** Where a request is shown in the portal. @public */
export const requestPath = (id: string) => `/zooport/requests/${id}`;

/**
 * A team's paw tab, where its desk and its requests are shown. Team refs
 * are full refs, `group:<namespace>/<name>`, as the desk routes build them.
 *
 * @public
 */
export function deskPath(teamRef: string): string {
  const [, namespace, name] = /^group:([^/]+)\/(.+)$/.exec(teamRef) ?? [
    '',
    'default',
    teamRef,
  ];
  return `/catalog/${encodeURIComponent(namespace)}/group/${encodeURIComponent(
    name,
  )}/zooport`;
}

/** A team's paw tab with its rotation editor open. @public */
export const rotationEditorPath = (teamRef: string) =>
  `${deskPath(teamRef)}?edit=rotation`;
