import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import {
  ReadinessAction,
  ReadinessActionStatus,
} from '@zooport/plugin-zooport-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { ActionLink } from './ActionLink';

/**
 * One action: what, who, by when, where it points; with Done and Drop for
 * those who may update readiness while it is open.
 */
export const ActionItem = (props: {
  action: ReadinessAction;
  mayUpdate: boolean;
  onChanged: () => void;
}) => {
  const { action, mayUpdate, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const alertApi = useApi(alertApiRef);
  const [closing, close] = useAsyncFn(
    async (status: ReadinessActionStatus) => {
      try {
        const { title, ownerRef, dueOn, link } = action;
        await zooportApi.updateReadinessAction(action.teamRef, action.id, {
          title,
          ownerRef,
          dueOn,
          link,
          status,
        });
        onChanged();
      } catch (error) {
        alertApi.post({
          message: problemOf(error as Error),
          severity: 'error',
        });
      }
    },
    [zooportApi, alertApi, action, onChanged],
  );
  return (
    <ListItem divider disableGutters>
      <ListItemText
        primary={action.title}
        secondary={
          <>
            <EntityRefLink entityRef={action.ownerRef} defaultKind="user" />,
            due {action.dueOn}
            {action.status !== 'open' && ` · ${action.status}`}
            {action.link && (
              <>
                {' · '}
                <ActionLink link={action.link} />
              </>
            )}
          </>
        }
      />
      {mayUpdate && action.status === 'open' && (
        <Box display="flex" flexShrink={0}>
          <Button
            size="small"
            color="primary"
            disabled={closing.loading}
            aria-label={`Mark “${action.title}” done`}
            onClick={() => close('done')}
          >
            Done
          </Button>
          <Button
            size="small"
            disabled={closing.loading}
            aria-label={`Drop “${action.title}”`}
            onClick={() => close('dropped')}
          >
            Drop
          </Button>
        </Box>
      )}
    </ListItem>
  );
};
