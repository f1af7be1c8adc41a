import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { FormDialog } from './FormDialog';

/**
 * Asks before a step that cannot be taken back and says what it means; the
 * dialog stays open, with the reason, if the step fails.
 */
export const ConfirmDialog = (props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) => {
  const { title, children, confirmLabel, onConfirm, onClose } = props;
  return (
    <FormDialog
      title={title}
      submitLabel={confirmLabel}
      ready
      onSubmit={async () => {
        await onConfirm();
      }}
      onClose={onClose}
    >
      <Typography component="div">{children}</Typography>
    </FormDialog>
  );
};
