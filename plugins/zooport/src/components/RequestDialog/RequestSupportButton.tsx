import Button, { ButtonProps } from '@material-ui/core/Button';
import { Desk } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { RequestDialog } from './RequestDialog';
import { TeamRequestDialog } from './TeamRequestDialog';

/** The desk to ask: loaded already, or known by its team and loaded on demand. */
type DeskToAsk = { desk: Desk; entityRef?: string } | { teamRef: string };

/**
 * "Request support" and its intake dialog, for a desk, optionally about a
 * catalog entity.
 */
export const RequestSupportButton = (
  props: DeskToAsk & {
    /** Contained unless told otherwise; lighter where many desks show. */
    variant?: ButtonProps['variant'];
  },
) => {
  const [asking, setAsking] = useState(false);
  const close = () => setAsking(false);
  return (
    <>
      <Button
        variant={props.variant ?? 'contained'}
        color="primary"
        onClick={() => setAsking(true)}
      >
        Request support
      </Button>
      {/* Mounted per opening: every opening is a fresh form and idempotency key. */}
      {asking &&
        ('desk' in props ? (
          <RequestDialog
            desk={props.desk}
            entityRef={props.entityRef}
            onClose={close}
          />
        ) : (
          <TeamRequestDialog teamRef={props.teamRef} onClose={close} />
        ))}
    </>
  );
};
