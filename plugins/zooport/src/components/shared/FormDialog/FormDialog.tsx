import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import Typography from '@material-ui/core/Typography';
import { FormEvent, ReactNode } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { problemOf } from '../../../errors';
import { TitledDialog } from './TitledDialog';

/**
 * A dialog around a form that sends something to the backend: submit is
 * disabled while it is incomplete or sending, and the backend's refusal is
 * shown in the dialog so that the person can correct the form.
 */
export const FormDialog = (props: {
  title: ReactNode;
  submitLabel: string;
  /** False while the form is incomplete. */
  ready: boolean;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) => {
  const { title, submitLabel, ready, onSubmit, onClose, children } = props;
  const [sending, send] = useAsyncFn(onSubmit, [onSubmit]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !sending.loading) {
      send();
    }
  };
  return (
    <TitledDialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <DialogContent>
          {children}
          {sending.error && (
            <Typography role="alert" color="error">
              {problemOf(sending.error)}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={!ready || sending.loading}
          >
            {sending.loading ? 'Sending…' : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </TitledDialog>
  );
};
