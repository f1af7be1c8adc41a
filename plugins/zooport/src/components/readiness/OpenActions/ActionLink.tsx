import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { ReadinessActionLink } from '@zooport/plugin-zooport-common';
import { entryRouteRef, requestRouteRef } from '../../../routes';

/** Where an action points: a knowledge entry, a request, or an address. */
export const ActionLink = ({ link }: { link: ReadinessActionLink }) => {
  const entryLink = useRouteRef(entryRouteRef);
  const requestLink = useRouteRef(requestRouteRef);
  const to = {
    entry: () => entryLink({ id: link.target }),
    request: () => requestLink({ id: link.target }),
    url: () => link.target,
  }[link.kind]();
  return <Link to={to}>{link.label || link.target}</Link>;
};
