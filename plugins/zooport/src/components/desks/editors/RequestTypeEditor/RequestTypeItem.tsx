import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { RequestType } from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../../api';
import { problemOf } from '../../../../errors';
import { useGuardedSave } from '../../../../hooks/useGuardedSave';
import { RequestTypeSummary } from './RequestTypeSummary';
import { storedInputOf } from './requestTypeDraft';

/**
 * One request type of the desk's list, with, for those who may change the
 * desk, Edit and Archive, or Restore when it is archived. Restore writes
 * the type back on the revision shown.
 */
export const RequestTypeItem = (props: {
  teamRef: string;
  type: RequestType;
  mayEdit: boolean;
  onEdit: () => void;
  onArchive: () => void;
  /** After a restore, or when the type turned out to be newer than shown. */
  onChanged: () => void;
}) => {
  const { teamRef, type, mayEdit, onEdit, onArchive, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const { save: guardedRestore } = useGuardedSave(
    `“${type.name}”`,
    useCallback(async () => {
      await zooportApi.updateRequestType(
        teamRef,
        type.id,
        { ...storedInputOf(type), archived: false },
        type.revision,
      );
      onChanged();
    }, [zooportApi, teamRef, type, onChanged]),
    onChanged,
  );
  const [restoring, restore] = useAsyncFn(guardedRestore, [guardedRestore]);
  return (
    <ListItem divider alignItems="flex-start">
      <Box flex={1}>
        <RequestTypeSummary type={type} />
        {restoring.error && (
          <Typography role="alert" color="error">
            {problemOf(restoring.error)}
          </Typography>
        )}
      </Box>
      {mayEdit && (
        <Box display="flex" flexDirection="column" ml={1}>
          <Button aria-label={`Edit ${type.name}`} onClick={onEdit}>
            Edit
          </Button>
          {type.archived ? (
            <Button
              aria-label={`Restore ${type.name}`}
              disabled={restoring.loading}
              onClick={() => restore()}
            >
              Restore
            </Button>
          ) : (
            <Button aria-label={`Archive ${type.name}`} onClick={onArchive}>
              Archive
            </Button>
          )}
        </Box>
      )}
    </ListItem>
  );
};
