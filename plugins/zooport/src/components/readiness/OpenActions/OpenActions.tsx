import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import List from '@material-ui/core/List';
import Typography from '@material-ui/core/Typography';
import { ActionItem } from './ActionItem';
import { useOpenActions } from './useOpenActions';

/** The desk's open actions until they are done or dropped. */
export const OpenActions = (props: { teamRef: string; mayUpdate: boolean }) => {
  const { teamRef, mayUpdate } = props;
  const actions = useOpenActions(teamRef);
  if (actions.error) {
    return <ResponseErrorPanel error={actions.error} />;
  }
  if (!actions.value) {
    return <Progress />;
  }
  if (actions.value.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No open actions.
      </Typography>
    );
  }
  return (
    <List dense>
      {actions.value.map(action => (
        <ActionItem
          key={action.id}
          action={action}
          mayUpdate={mayUpdate}
          onChanged={actions.retry}
        />
      ))}
    </List>
  );
};
