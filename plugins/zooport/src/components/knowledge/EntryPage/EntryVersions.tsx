import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { Entry, EntryVersion } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { formatInViewerZone } from '../../../time';
import { TitledDialog } from '../../shared/FormDialog';
import { EntryAuthor } from './EntryAuthor';
import { EntryContent } from './EntryContent';
import { useEntryVersions } from './useEntryVersions';

/**
 * Every saved version of an entry. Anyone may read an old one; those who
 * may write the desk's entries restore it, which saves its content as the
 * newest version (nothing is lost).
 */
export const EntryVersions = (props: {
  entry: Entry;
  mayRestore: boolean;
  onRestored: () => void;
}) => {
  const { entry, mayRestore, onRestored } = props;
  const zooportApi = useApi(zooportApiRef);
  const alertApi = useApi(alertApiRef);
  const versions = useEntryVersions(entry.id, entry.revision);
  const [viewing, setViewing] = useState<EntryVersion>();
  const [restoring, restore] = useAsyncFn(
    async (revision: number) => {
      try {
        await zooportApi.restoreEntryVersion(entry.id, revision);
        setViewing(undefined);
        onRestored();
      } catch (error) {
        alertApi.post({
          message: problemOf(error as Error),
          severity: 'error',
        });
      }
    },
    [zooportApi, alertApi, entry.id, onRestored],
  );
  if (versions.error) {
    return <ResponseErrorPanel error={versions.error} />;
  }
  if (!versions.value) {
    return <Progress />;
  }
  const restorable = (version: EntryVersion) =>
    mayRestore && version.revision !== entry.revision;
  const restoreButton = (version: EntryVersion) => (
    <Button
      color="primary"
      aria-label={`Restore revision ${version.revision}`}
      disabled={restoring.loading}
      onClick={() => restore(version.revision)}
    >
      Restore
    </Button>
  );
  return (
    <>
      <List dense disablePadding>
        {versions.value.map(version => (
          <ListItem key={version.revision} divider disableGutters>
            <ListItemText
              primary={
                version.revision === entry.revision
                  ? `Revision ${version.revision} (current)`
                  : `Revision ${version.revision}`
              }
              secondary={
                <>
                  <EntryAuthor authorRef={version.authorRef} />,{' '}
                  {formatInViewerZone(version.at)}
                </>
              }
            />
            <Box display="flex" flexShrink={0}>
              <Button
                aria-label={`View revision ${version.revision}`}
                onClick={() => setViewing(version)}
              >
                View
              </Button>
              {restorable(version) && restoreButton(version)}
            </Box>
          </ListItem>
        ))}
      </List>
      {viewing && (
        <TitledDialog
          title={`Revision ${viewing.revision}: ${viewing.content.title}`}
          onClose={() => setViewing(undefined)}
        >
          <DialogContent>
            <EntryContent content={viewing.content} />
          </DialogContent>
          <DialogActions>
            {restorable(viewing) && restoreButton(viewing)}
            <Button onClick={() => setViewing(undefined)}>Close</Button>
          </DialogActions>
        </TitledDialog>
      )}
    </>
  );
};
