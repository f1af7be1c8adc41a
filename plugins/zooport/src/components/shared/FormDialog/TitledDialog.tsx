import Dialog from '@material-ui/core/Dialog';
import DialogTitle from '@material-ui/core/DialogTitle';
import { ReactNode, useId } from 'react';

/** An open dialog named by its title, so that screen readers can tell it. */
export const TitledDialog = (props: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) => {
  const titleId = useId();
  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      {props.children}
    </Dialog>
  );
};
