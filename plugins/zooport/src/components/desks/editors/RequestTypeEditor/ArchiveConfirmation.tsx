import { RequestType } from '@zooport/plugin-zooport-common';
import { ConfirmDialog } from '../../../shared/FormDialog';

/** Asks before a request type is archived, and says why it was not. */
export const ArchiveConfirmation = (props: {
  type: RequestType;
  onArchive: () => Promise<void>;
  onClose: () => void;
}) => (
  <ConfirmDialog
    title={`Archive ${props.type.name}?`}
    confirmLabel="Archive"
    onConfirm={props.onArchive}
    onClose={props.onClose}
  >
    The desk takes no new requests of this type. Its requests stay as they are,
    and the type can be restored later.
  </ConfirmDialog>
);
