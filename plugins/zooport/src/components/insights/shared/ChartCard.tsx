import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * A card of insights with a link to the requests behind it; `linkNote`
 * says how far the link narrows them.
 */
export const ChartCard = (props: {
  title: string;
  requestsLink: string;
  linkNote?: string;
  children: ReactNode;
}) => {
  const { title, requestsLink, linkNote, children } = props;
  return (
    <InfoCard title={title}>
      {children}
      <Box mt={1}>
        <Link
          to={requestsLink}
          underline="always"
          aria-label={`See the requests: ${title}`}
        >
          See the requests
        </Link>
        {linkNote && ` (${linkNote})`}
      </Box>
    </InfoCard>
  );
};

/**
 * A chart of a fixed height, named for screen readers by `summary`: the
 * drawing itself says nothing to them.
 */
export const ChartArea = (props: {
  summary: string;
  height?: number;
  children: ReactElement;
}) => (
  <div
    role="img"
    aria-label={props.summary}
    style={{ height: props.height ?? 240 }}
  >
    <ResponsiveContainer width="100%" height="100%">
      {props.children}
    </ResponsiveContainer>
  </div>
);
