import Button, { ButtonProps } from '@material-ui/core/Button';
import {
  Desk,
  DeskAnimal,
  SupportRequest,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { RequestDialog } from './RequestDialog';
import { TeamRequestDialog } from './TeamRequestDialog';

/**
 * The desk to ask: loaded already, or known by its team and animal and
 * loaded on demand.
 */
type DeskToAsk =
  | { desk: Desk; entityRef?: string }
  | { teamRef: string; animal: DeskAnimal };

/**
 * "Request support" and its intake dialog, for a desk, optionally about a
 * catalog entity.
 */
export const RequestSupportButton = (
  props: DeskToAsk & {
    /** Contained unless told otherwise; lighter where many desks show. */
    variant?: ButtonProps['variant'];
    /** Called once the desk has the request. */
    onFiled?: (request: SupportRequest) => void;
  },
) => {
  const { onFiled } = props;
  const [asking, setAsking] = useState(false);
  const close = () => setAsking(false);
  const animal = 'desk' in props ? props.desk.animal : props.animal;
  return (
    <>
      <Button
        variant={props.variant ?? 'contained'}
        color="primary"
        // Pages show several desks' buttons: the name tells them apart.
        aria-label={`Request support from the ${animal.name}`}
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
            onFiled={onFiled}
          />
        ) : (
          <TeamRequestDialog
            teamRef={props.teamRef}
            onClose={close}
            onFiled={onFiled}
          />
        ))}
    </>
  );
};
