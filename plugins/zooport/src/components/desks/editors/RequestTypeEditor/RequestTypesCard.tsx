import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import List from '@material-ui/core/List';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { DeskJira, RequestType } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { zooportApiRef } from '../../../../api';
import { useMayUpdateDesk } from '../../../../hooks/useMayUpdateDesk';
import { ArchiveConfirmation } from './ArchiveConfirmation';
import { RequestTypeDialog } from './RequestTypeDialog';
import { RequestTypeItem } from './RequestTypeItem';
import { useDeskRequestTypes } from './useDeskRequestTypes';

/** The type a dialog is open for: `'new'`, or the one being edited. */
type Editing = 'new' | RequestType;

/**
 * The kinds of request a desk takes, with their forms and SLA targets.
 * Those who may change the desk create, edit, archive and restore them
 * here; archived ones show on request. `jira` is the desk's Jira settings,
 * set only where the backend files Jira issues.
 */
export const RequestTypesCard = ({
  teamRef,
  jira,
}: {
  teamRef: string;
  jira?: DeskJira;
}) => {
  const zooportApi = useApi(zooportApiRef);
  const types = useDeskRequestTypes(teamRef);
  const mayEdit = useMayUpdateDesk(teamRef);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>();
  const [archiving, setArchiving] = useState<RequestType>();
  const changed = () => {
    setEditing(undefined);
    setArchiving(undefined);
    types.retry();
  };
  const archivedCount = types.value?.filter(type => type.archived).length ?? 0;
  const shown = types.value?.filter(type => showArchived || !type.archived);

  return (
    <InfoCard
      title="Request types"
      subheader="What people can ask this desk for, and how fast it answers"
      action={
        mayEdit && (
          <Box mt={1}>
            <Button
              color="primary"
              startIcon={<AddIcon />}
              onClick={() => setEditing('new')}
            >
              New request type
            </Button>
          </Box>
        )
      }
    >
      {types.loading && !types.value && <Progress />}
      {types.error && <ResponseErrorPanel error={types.error} />}
      {archivedCount > 0 && (
        <FormControlLabel
          label={`Show archived (${archivedCount})`}
          control={
            <Switch
              checked={showArchived}
              onChange={event => setShowArchived(event.target.checked)}
            />
          }
        />
      )}
      {shown?.length === 0 && (
        <Typography color="textSecondary">
          The desk takes no requests yet.
        </Typography>
      )}
      {shown && shown.length > 0 && (
        <List aria-label="Request types">
          {shown.map(type => (
            <RequestTypeItem
              key={type.id}
              teamRef={teamRef}
              type={type}
              mayEdit={mayEdit}
              onEdit={() => setEditing(type)}
              onArchive={() => setArchiving(type)}
              onChanged={types.retry}
            />
          ))}
        </List>
      )}
      {editing && (
        <RequestTypeDialog
          teamRef={teamRef}
          type={editing === 'new' ? undefined : editing}
          jira={jira}
          onClose={() => setEditing(undefined)}
          onChanged={changed}
        />
      )}
      {archiving && (
        <ArchiveConfirmation
          type={archiving}
          onArchive={async () => {
            await zooportApi.archiveRequestType(teamRef, archiving.id);
            changed();
          }}
          onClose={() => setArchiving(undefined)}
        />
      )}
    </InfoCard>
  );
};
