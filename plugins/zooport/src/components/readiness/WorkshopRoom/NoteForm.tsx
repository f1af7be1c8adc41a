import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  Entry,
  Scenario,
  WorkshopNoteColumn,
  WorkshopNoteLink,
} from '@zooport/plugin-zooport-common';
import { FormEvent, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { ChoiceField, FormField } from '../../shared/FormDialog';
import { noteColumnLabels } from './noteColumns';

/** `kind:id` in the link choice; empty for none. */
const linkOf = (choice: string): WorkshopNoteLink | null => {
  const [kind, id] = choice.split(':');
  return kind === 'scenario' || kind === 'playbook' ? { kind, id } : null;
};

/**
 * Adds a note to one column during a turn (or for the workshop as a
 * whole), optionally linking the turn's scenario or a playbook.
 */
export const NoteForm = (props: {
  teamRef: string;
  workshopId: string;
  turnId: string | null;
  column: WorkshopNoteColumn;
  scenario?: Scenario;
  playbooks: Entry[];
  onAdded: () => void;
}) => {
  const { teamRef, workshopId, turnId, column, scenario, playbooks } = props;
  const zooportApi = useApi(zooportApiRef);
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [adding, add] = useAsyncFn(async () => {
    await zooportApi.addWorkshopNote(teamRef, workshopId, {
      turnId,
      column,
      text: text.trim(),
      link: linkOf(link),
    });
    setText('');
    setLink('');
    props.onAdded();
  }, [zooportApi, teamRef, workshopId, turnId, column, text, link]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() && !adding.loading) {
      add();
    }
  };
  const label = noteColumnLabels[column];
  return (
    <Box component="form" onSubmit={submit} mt={1}>
      <FormField
        fullWidth
        multiline
        margin="dense"
        variant="outlined"
        label={`Note for ${label}`}
        value={text}
        onChange={event => setText(event.target.value)}
      />
      <ChoiceField
        fullWidth
        margin="dense"
        label={`Link of the note for ${label}`}
        value={link}
        choices={[
          { value: '', label: 'No link' },
          ...(scenario
            ? [{ value: `scenario:${scenario.id}`, label: 'The scenario' }]
            : []),
          ...playbooks.map(playbook => ({
            value: `playbook:${playbook.id}`,
            label: `Playbook: ${playbook.title}`,
          })),
        ]}
        onChange={setLink}
      />
      <Button
        type="submit"
        size="small"
        variant="outlined"
        disabled={!text.trim() || adding.loading}
      >
        Add to {label}
      </Button>
      {adding.error && (
        <Typography role="alert" color="error" variant="body2">
          {problemOf(adding.error)}
        </Typography>
      )}
    </Box>
  );
};
