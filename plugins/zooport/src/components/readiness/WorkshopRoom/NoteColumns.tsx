import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import {
  Entry,
  WorkshopRecord,
  workshopNoteColumns,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { TeamMember } from '../../../hooks/useTeamMembers';
import { ActionItem } from '../OpenActions';
import { ActionDialog } from './ActionDialog';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { noteColumnLabels } from './noteColumns';

/**
 * The three columns, What's crappy, What's awesome and Actions, with the
 * notes of the turn under way (or of the workshop before the first draw),
 * a form in each, and under Actions the actions agreed in the turn with a
 * way to create one.
 */
export const NoteColumns = (props: {
  teamRef: string;
  record: WorkshopRecord;
  turnId: string | null;
  playbooks: Entry[];
  members: TeamMember[];
  nameOf: (userRef: string) => string;
  mayWrite: boolean;
  onChanged: () => void;
}) => {
  const { teamRef, record, turnId, playbooks, members, nameOf } = props;
  const { mayWrite, onChanged } = props;
  const [creating, setCreating] = useState(false);
  const turn = record.turns.find(one => one.id === turnId);
  const scenario = record.scenarios.find(one => one.id === turn?.scenarioId);
  const actions = record.actions.filter(action => action.turnId === turnId);
  return (
    <Grid container spacing={2}>
      {workshopNoteColumns.map(column => (
        <Grid item xs={12} md={4} key={column}>
          <Paper variant="outlined">
            <Box
              p={2}
              component="section"
              aria-label={noteColumnLabels[column]}
            >
              <Typography variant="h6" component="h3">
                {noteColumnLabels[column]}
              </Typography>
              <NoteList
                label={`Notes: ${noteColumnLabels[column]}`}
                notes={record.notes.filter(
                  note => note.column === column && note.turnId === turnId,
                )}
                scenarios={record.scenarios}
                playbooks={playbooks}
                nameOf={nameOf}
              />
              {mayWrite && (
                <NoteForm
                  teamRef={teamRef}
                  workshopId={record.workshop.id}
                  turnId={turnId}
                  column={column}
                  scenario={scenario}
                  playbooks={playbooks}
                  onAdded={onChanged}
                />
              )}
              {column === 'actions' && (
                <Box mt={2}>
                  {actions.length > 0 && (
                    <List dense aria-label="Actions of the turn">
                      {actions.map(action => (
                        <ActionItem
                          key={action.id}
                          action={action}
                          mayUpdate={mayWrite}
                          onChanged={onChanged}
                        />
                      ))}
                    </List>
                  )}
                  {mayWrite && (
                    <Button
                      color="primary"
                      variant="contained"
                      size="small"
                      onClick={() => setCreating(true)}
                    >
                      New action
                    </Button>
                  )}
                </Box>
              )}
            </Box>
          </Paper>
        </Grid>
      ))}
      {creating && (
        <ActionDialog
          teamRef={teamRef}
          workshopId={record.workshop.id}
          turnId={turnId}
          members={members}
          onCreated={() => {
            setCreating(false);
            onChanged();
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </Grid>
  );
};
