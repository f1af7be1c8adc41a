import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ReportLink } from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { useRequestLink } from './useRequestListLink';

const SHOWN = 5;

/**
 * Requests as links to their pages, the first few of them; `total` counts
 * those the report left out too.
 */
export const RequestLinks = (props: {
  requests: ReportLink[];
  total?: number;
  /** What follows a request's title, e.g. its deadline. */
  detail?: (request: ReportLink) => ReactNode;
}) => {
  const { requests, detail } = props;
  const requestLink = useRequestLink();
  const more =
    (props.total ?? requests.length) - Math.min(SHOWN, requests.length);
  if (requests.length === 0) {
    return <Typography color="textSecondary">None.</Typography>;
  }
  return (
    <ul>
      {requests.slice(0, SHOWN).map(request => (
        <li key={request.id}>
          <Link to={requestLink(request.id)} underline="always">
            {request.title}
          </Link>
          {detail?.(request)}
        </li>
      ))}
      {more > 0 && <li>and {more} more</li>}
    </ul>
  );
};
