import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { ReactNode, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { problemOf } from '../../../errors';
import { formatInViewerZone } from '../../../time';
import { EntryAuthor } from '../../knowledge/EntryPage/EntryAuthor';
import { TitledDialog } from '../FormDialog';

/** One saved version of something versioned: an entry, a scenario. */
export interface SavedVersion<Content extends { title: string }> {
  revision: number;
  authorRef: string;
  at: string;
  content: Content;
}

/**
 * Every saved version of something, newest first, each viewable. Those
 * who may write it restore an old one (`restore`), which saves its content
 * as the newest version: nothing is lost.
 */
export function VersionHistory<Content extends { title: string }>(props: {
  versions: { value?: SavedVersion<Content>[]; error?: Error };
  currentRevision: number;
  mayRestore: boolean;
  restore: (revision: number) => Promise<void>;
  renderContent: (content: Content) => ReactNode;
}) {
  const { versions, currentRevision, mayRestore, renderContent } = props;
  const alertApi = useApi(alertApiRef);
  const [viewing, setViewing] = useState<SavedVersion<Content>>();
  const [restoring, restore] = useAsyncFn(
    async (revision: number) => {
      try {
        await props.restore(revision);
        setViewing(undefined);
      } catch (error) {
        alertApi.post({
          message: problemOf(error as Error),
          severity: 'error',
        });
      }
    },
    [alertApi, props.restore],
  );
  if (versions.error) {
    return <ResponseErrorPanel error={versions.error} />;
  }
  if (!versions.value) {
    return <Progress />;
  }
  const restorable = (version: SavedVersion<Content>) =>
    mayRestore && version.revision !== currentRevision;
  const restoreButton = (version: SavedVersion<Content>) => (
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
                version.revision === currentRevision
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
          <DialogContent>{renderContent(viewing.content)}</DialogContent>
          <DialogActions>
            {restorable(viewing) && restoreButton(viewing)}
            <Button onClick={() => setViewing(undefined)}>Close</Button>
          </DialogActions>
        </TitledDialog>
      )}
    </>
  );
}
