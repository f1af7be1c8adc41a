import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  allowedActions,
  isOpen,
  RequestAction,
  RequestDetail,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { labelOf } from '../../../labels';
import { ConfirmDialog } from '../../shared/FormDialog';
import { EscalateDialog } from './EscalateDialog';
import { ResolveDialog } from './ResolveDialog';
import { WaitDialog } from './WaitDialog';

/**
 * Whoever takes part may close or reopen (a requester closes their own
 * request); every other action is the desk's work. The backend holds the
 * same rule.
 */
const participantActions: RequestAction[] = ['close', 'reopen'];

const actionLabels: Partial<Record<RequestAction, string>> = {
  start: 'Start work',
  wait_for_requester: 'Wait for requester…',
  resolve: 'Resolve…',
  close: 'Close…',
};

type ActionDialog = 'resolve' | 'escalate' | 'close' | 'wait';

/** Actions that ask something first: what it is, or whether it is meant. */
const actionDialogs: Partial<Record<RequestAction, ActionDialog>> = {
  wait_for_requester: 'wait',
  resolve: 'resolve',
  close: 'close',
};

interface ActionButton {
  label: string;
  run: () => void;
  disabled?: boolean;
}

/** What the viewer may do to a request now, as buttons. */
export function actionsFor(request: RequestDetail): RequestAction[] {
  return allowedActions(request.status).filter(action =>
    participantActions.includes(action)
      ? request.may.participate
      : request.may.update,
  );
}

/**
 * The viewer's actions on a request: lifecycle steps, resolving, escalating
 * and approving. `onChanged` loads the request again after each.
 */
export const RequestActions = (props: {
  request: RequestDetail;
  onChanged: () => void;
}) => {
  const { request, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const alertApi = useApi(alertApiRef);
  const [dialog, setDialog] = useState<ActionDialog>();
  const [acting, act] = useAsyncFn(
    async (change: () => Promise<unknown>) => {
      try {
        await change();
        onChanged();
      } catch (error) {
        alertApi.post({
          message: problemOf(error as Error),
          severity: 'error',
        });
      }
    },
    [onChanged, alertApi],
  );
  const closeDialog = () => setDialog(undefined);
  const changed = () => {
    closeDialog();
    onChanged();
  };
  const waitsForApproval =
    request.approval !== null && request.approval.state !== 'approved';
  const actions = actionsFor(request);
  const buttons: ActionButton[] = actions.map(action => {
    const asks = actionDialogs[action];
    return {
      label: actionLabels[action] ?? labelOf(action),
      disabled: action === 'start' && waitsForApproval,
      run: asks
        ? () => setDialog(asks)
        : () => act(() => zooportApi.transition(request.id, { action })),
    };
  });
  if (request.may.participate && isOpen(request.status)) {
    buttons.push({ label: 'Escalate…', run: () => setDialog('escalate') });
  }
  if (request.may.approve && request.approval?.state === 'pending') {
    for (const decision of ['approved', 'rejected'] as const) {
      buttons.push({
        label: decision === 'approved' ? 'Approve' : 'Reject',
        run: () => act(() => zooportApi.approve(request.id, { decision })),
      });
    }
  }
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 8 }}>
      {actions.includes('start') && waitsForApproval && (
        <Typography variant="body2" color="textSecondary">
          Work starts once an approver agrees.
        </Typography>
      )}
      {buttons.map(button => (
        <Button
          key={button.label}
          variant="outlined"
          color="primary"
          disabled={button.disabled || acting.loading}
          onClick={button.run}
        >
          {button.label}
        </Button>
      ))}
      {dialog === 'resolve' && (
        <ResolveDialog
          request={request}
          onResolved={changed}
          onClose={closeDialog}
        />
      )}
      {dialog === 'wait' && (
        <WaitDialog
          requestId={request.id}
          onAsked={changed}
          onClose={closeDialog}
        />
      )}
      {dialog === 'close' && (
        <ConfirmDialog
          title="Close the request?"
          confirmLabel="Close request"
          onConfirm={async () => {
            await zooportApi.transition(request.id, { action: 'close' });
            changed();
          }}
          onClose={closeDialog}
        >
          Closing is final: nobody can reopen it, comment on it or act on it
          again. It stays readable and searchable. If something is still wrong
          afterwards, file a new request.
        </ConfirmDialog>
      )}
      {dialog === 'escalate' && (
        <EscalateDialog
          requestId={request.id}
          onEscalated={changed}
          onClose={closeDialog}
        />
      )}
    </Box>
  );
};
