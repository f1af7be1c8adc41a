import Button from '@material-ui/core/Button';
import { Desk } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { RequestDialog } from './RequestDialog';

/**
 * "Request support" and its intake dialog, for a desk, optionally about a
 * catalog entity.
 */
export const RequestSupportButton = (props: {
  desk: Desk;
  entityRef?: string;
}) => {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        onClick={() => setAsking(true)}
      >
        Request support
      </Button>
      {/* Mounted per opening: every opening is a fresh form and idempotency key. */}
      {asking && (
        <RequestDialog
          desk={props.desk}
          entityRef={props.entityRef}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
};
