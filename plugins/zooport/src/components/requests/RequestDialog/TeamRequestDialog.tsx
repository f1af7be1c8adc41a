import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import Typography from '@material-ui/core/Typography';
import { SupportRequest } from '@zooport/plugin-zooport-common';
import { TitledDialog } from '../../shared/FormDialog';
import { RequestDialog } from './RequestDialog';
import { useDesk } from './useDesk';

/**
 * The intake dialog for a desk known only by its team, as the zoo lists
 * desks. The desk loads first: the dialog shows the SLA deadlines on the
 * desk's wall clock, and only the whole desk knows its zone.
 */
export const TeamRequestDialog = (props: {
  teamRef: string;
  onClose: () => void;
  onFiled?: (request: SupportRequest) => void;
}) => {
  const { teamRef, onClose, onFiled } = props;
  const { value: desk, loading, error } = useDesk(teamRef);
  if (desk) {
    return <RequestDialog desk={desk} onClose={onClose} onFiled={onFiled} />;
  }
  return (
    <TitledDialog title="Request support" onClose={onClose}>
      <DialogContent>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {!loading && !error && (
          <Typography>This team has no support desk any more.</Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </TitledDialog>
  );
};
