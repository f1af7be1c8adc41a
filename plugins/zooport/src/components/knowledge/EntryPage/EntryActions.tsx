import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Entry } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { FormDialog } from '../../shared/FormDialog';
import { EntryDialog } from '../EntryDialog';

/**
 * Edit, Mark reviewed and Delete, for those the desk lets write its
 * entries. `onChanged` loads the entry again after each.
 */
export const EntryActions = (props: {
  entry: Entry;
  mayUpdate: boolean;
  mayDelete: boolean;
  onChanged: () => void;
  onDeleted: () => void;
}) => {
  const { entry, mayUpdate, mayDelete, onChanged, onDeleted } = props;
  const zooportApi = useApi(zooportApiRef);
  const alertApi = useApi(alertApiRef);
  const [dialog, setDialog] = useState<'edit' | 'delete'>();
  const closeDialog = () => setDialog(undefined);
  const [reviewing, review] = useAsyncFn(async () => {
    try {
      await zooportApi.markEntryReviewed(entry.id);
      alertApi.post({
        message: 'Marked as reviewed.',
        severity: 'success',
        display: 'transient',
      });
      onChanged();
    } catch (error) {
      alertApi.post({ message: problemOf(error as Error), severity: 'error' });
    }
  }, [zooportApi, alertApi, entry.id, onChanged]);
  const remove = async () => {
    await zooportApi.deleteEntry(entry.id);
    onDeleted();
  };
  if (!mayUpdate && !mayDelete) {
    return null;
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
      {mayUpdate && (
        <>
          <Button
            variant="outlined"
            color="primary"
            onClick={() => setDialog('edit')}
          >
            Edit
          </Button>
          <Button
            variant="outlined"
            color="primary"
            disabled={reviewing.loading}
            onClick={review}
          >
            Mark reviewed
          </Button>
        </>
      )}
      {mayDelete && (
        <Button variant="outlined" onClick={() => setDialog('delete')}>
          Delete
        </Button>
      )}
      {dialog === 'edit' && (
        <EntryDialog
          teamRef={entry.teamRef}
          entry={entry}
          onSaved={() => {
            closeDialog();
            onChanged();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog === 'delete' && (
        <FormDialog
          title="Delete the entry"
          submitLabel="Delete"
          ready
          onSubmit={remove}
          onClose={closeDialog}
        >
          <Typography>
            “{entry.title}” leaves the knowledge base and its search. Its
            versions are kept.
          </Typography>
        </FormDialog>
      )}
    </Box>
  );
};
