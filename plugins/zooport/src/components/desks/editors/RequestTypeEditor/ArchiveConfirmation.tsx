import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import Typography from '@material-ui/core/Typography';
import { RequestType } from '@zooport/plugin-zooport-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { problemOf } from '../../../../errors';
import { TitledDialog } from '../../../shared/FormDialog';

/** Asks before a request type is archived, and says why it was not. */
export const ArchiveConfirmation = (props: {
  type: RequestType;
  onArchive: () => Promise<void>;
  onClose: () => void;
}) => {
  const { type, onArchive, onClose } = props;
  const [archiving, archive] = useAsyncFn(onArchive, [onArchive]);
  return (
    <TitledDialog title={`Archive ${type.name}?`} onClose={onClose}>
      <DialogContent>
        <Typography>
          The desk takes no new requests of this type. Its requests stay as they
          are, and the type can be restored later.
        </Typography>
        {archiving.error && (
          <Typography role="alert" color="error">
            {problemOf(archiving.error)}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={archiving.loading}
          onClick={archive}
        >
          Archive
        </Button>
      </DialogActions>
    </TitledDialog>
  );
};
