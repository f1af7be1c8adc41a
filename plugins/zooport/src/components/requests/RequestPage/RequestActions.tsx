import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
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
import { EscalateDialog } from './EscalateDialog';
import { ResolveDialog } from './ResolveDialog';

/**
 * Whoever takes part may close or reopen (a requester closes their own
 * request); every other action is the desk's work. The backend holds the
 * same rule.
 */
const participantActions: RequestAction[] = ['close', 'reopen'];

const actionLabels: Partial<Record<RequestAction, string>> = {
  start: 'Start work',
  resolve: 'Resolve…',
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
  const [dialog, setDialog] = useState<'resolve' | 'escalate'>();
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
  const buttons: ActionButton[] = actionsFor(request).map(action => ({
    label: actionLabels[action] ?? labelOf(action),
    disabled: action === 'start' && waitsForApproval,
    run:
      action === 'resolve'
        ? () => setDialog('resolve')
        : () => act(() => zooportApi.transition(request.id, { action })),
  }));
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
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
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
