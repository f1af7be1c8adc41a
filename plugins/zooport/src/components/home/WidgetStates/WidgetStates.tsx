import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { ReactElement, ReactNode } from 'react';

/**
 * A widget's content once its data is there: a progress bar while it loads
 * and the backend's error when it fails.
 */
export function Loaded<T>(props: {
  state: { value?: T; error?: Error };
  children: (value: T) => ReactElement;
}) {
  const { state, children } = props;
  if (state.error) {
    return <ResponseErrorPanel error={state.error} />;
  }
  if (state.value === undefined) {
    return <Progress />;
  }
  return children(state.value);
}

/** What a widget says when it has nothing to show, and what to do then. */
export const NothingYet = (props: {
  children: ReactNode;
  to: string;
  action: string;
}) => (
  <Typography color="textSecondary">
    {props.children}{' '}
    <Link to={props.to} underline="always">
      {props.action}
    </Link>
    .
  </Typography>
);
