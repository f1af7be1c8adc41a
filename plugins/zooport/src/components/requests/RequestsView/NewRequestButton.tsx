import Button from '@material-ui/core/Button';
import { SupportRequest, ZooDesk } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { ChoiceField, FormDialog } from '../../shared/FormDialog';
import { TeamRequestDialog } from '../RequestDialog';
import { deskLabel } from './deskLabel';

const DeskPicker = (props: {
  desks: ZooDesk[];
  onPick: (teamRef: string) => void;
  onClose: () => void;
}) => {
  const { desks, onPick, onClose } = props;
  const [teamRef, setTeamRef] = useState('');
  return (
    <FormDialog
      title="New request"
      submitLabel="Continue"
      ready={Boolean(teamRef)}
      onSubmit={async () => onPick(teamRef)}
      onClose={onClose}
    >
      <ChoiceField
        fullWidth
        margin="dense"
        label="Desk"
        helperText="The desk whose team helps with your question"
        value={teamRef}
        choices={[
          { value: '', label: 'Choose a desk…' },
          ...desks.map(desk => ({
            value: desk.teamRef,
            label: deskLabel(desk),
          })),
        ]}
        onChange={setTeamRef}
      />
    </FormDialog>
  );
};

/** "New request": choose the desk to ask, then file with its intake dialog. */
export const NewRequestButton = (props: {
  desks: ZooDesk[];
  onFiled: (request: SupportRequest) => void;
}) => {
  const { desks, onFiled } = props;
  const [choosing, setChoosing] = useState(false);
  const [teamRef, setTeamRef] = useState<string>();
  const close = () => {
    setChoosing(false);
    setTeamRef(undefined);
  };
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        onClick={() => setChoosing(true)}
      >
        New request
      </Button>
      {choosing && !teamRef && (
        <DeskPicker desks={desks} onPick={setTeamRef} onClose={close} />
      )}
      {teamRef && (
        <TeamRequestDialog
          teamRef={teamRef}
          onClose={close}
          onFiled={onFiled}
        />
      )}
    </>
  );
};
