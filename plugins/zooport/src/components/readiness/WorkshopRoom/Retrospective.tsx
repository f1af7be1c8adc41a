import { InfoCard, MarkdownContent } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import Typography from '@material-ui/core/Typography';
import {
  Entry,
  WorkshopRecord,
  workshopNoteColumns,
} from '@zooport/plugin-zooport-common';
import { ActionItem } from '../OpenActions';
import { NoteList } from './NoteList';
import { noteColumnLabels } from './noteColumns';

/**
 * The workshop at its end: every note of every turn in the three columns,
 * each turn's card and the scribe's steps, and the actions agreed.
 */
export const Retrospective = (props: {
  record: WorkshopRecord;
  playbooks: Entry[];
  nameOf: (userRef: string) => string;
  mayUpdate: boolean;
  onChanged: () => void;
}) => {
  const { record, playbooks, nameOf, mayUpdate, onChanged } = props;
  const titleOf = (scenarioId: string) =>
    record.scenarios.find(one => one.id === scenarioId)?.title ?? '';
  return (
    <Grid container spacing={3}>
      {workshopNoteColumns.map(column => (
        <Grid item xs={12} md={4} key={column}>
          <InfoCard title={noteColumnLabels[column]}>
            <NoteList
              label={`All notes: ${noteColumnLabels[column]}`}
              notes={record.notes.filter(note => note.column === column)}
              scenarios={record.scenarios}
              playbooks={playbooks}
              nameOf={nameOf}
            />
          </InfoCard>
        </Grid>
      ))}
      <Grid item xs={12} md={6}>
        <InfoCard title="Actions agreed">
          {record.actions.length === 0 ? (
            <Typography variant="body2" color="textSecondary">
              No actions.
            </Typography>
          ) : (
            <List dense>
              {record.actions.map(action => (
                <ActionItem
                  key={action.id}
                  action={action}
                  mayUpdate={mayUpdate}
                  onChanged={onChanged}
                />
              ))}
            </List>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Turns">
          {record.turns.length === 0 && (
            <Typography variant="body2" color="textSecondary">
              No turns were drawn.
            </Typography>
          )}
          {record.turns.map(turn => (
            <Box key={turn.id} mb={2}>
              <Typography variant="subtitle1" component="h3">
                {nameOf(turn.participantRef)}: {titleOf(turn.scenarioId)}
                {turn.repeat && ' (repeat)'}
              </Typography>
              {turn.steps.trim() ? (
                <MarkdownContent content={turn.steps} />
              ) : (
                <Typography variant="body2" color="textSecondary">
                  No steps written down.
                </Typography>
              )}
            </Box>
          ))}
        </InfoCard>
      </Grid>
    </Grid>
  );
};
