import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import DeleteIcon from '@material-ui/icons/Delete';
import DragIndicatorIcon from '@material-ui/icons/DragIndicator';
import { RotationParticipant } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { TeamMember } from '../../../../hooks/useTeamMembers';
import { listOf, moved } from '../../../../lists';

/**
 * The participants in the order they take their turns: drag a row (or use
 * the arrows) to reorder, edit capabilities, remove.
 */
export const ParticipantList = (props: {
  participants: RotationParticipant[];
  members: TeamMember[];
  readOnly: boolean;
  onChange: (participants: RotationParticipant[]) => void;
}) => {
  const { participants, members, readOnly, onChange } = props;
  const [dragged, setDragged] = useState<number>();
  const nameOf = (userRef: string) =>
    members.find(m => m.userRef === userRef)?.name ?? userRef;
  const move = (from: number, to: number) =>
    onChange(moved(participants, from, to));

  if (participants.length === 0) {
    return (
      <Typography color="textSecondary">
        Nobody takes part yet. Add the team members who take turns.
      </Typography>
    );
  }
  return (
    <List dense aria-label="Participants">
      {participants.map((participant, i) => (
        <ListItem
          key={participant.userRef}
          divider
          draggable={!readOnly}
          onDragStart={() => setDragged(i)}
          onDragOver={event => event.preventDefault()}
          onDrop={() => {
            if (dragged !== undefined) {
              move(dragged, i);
            }
            setDragged(undefined);
          }}
        >
          {!readOnly && <DragIndicatorIcon color="disabled" />}
          <Box flex={1} ml={1}>
            <Typography>
              {i + 1}. {nameOf(participant.userRef)}
            </Typography>
            <TextField
              label="Capabilities"
              placeholder="production-access"
              size="small"
              fullWidth
              disabled={readOnly}
              defaultValue={participant.capabilities.join(', ')}
              inputProps={{
                'aria-label': `Capabilities of ${nameOf(participant.userRef)}`,
              }}
              onBlur={event =>
                onChange(
                  participants.map((p, j) =>
                    j === i
                      ? { ...p, capabilities: listOf(event.target.value) }
                      : p,
                  ),
                )
              }
            />
          </Box>
          {!readOnly && (
            <Box>
              <IconButton
                aria-label={`Move ${nameOf(participant.userRef)} up`}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                <ArrowUpwardIcon />
              </IconButton>
              <IconButton
                aria-label={`Move ${nameOf(participant.userRef)} down`}
                disabled={i === participants.length - 1}
                onClick={() => move(i, i + 1)}
              >
                <ArrowDownwardIcon />
              </IconButton>
              <IconButton
                aria-label={`Remove ${nameOf(participant.userRef)}`}
                onClick={() => onChange(participants.filter((_, j) => j !== i))}
              >
                <DeleteIcon />
              </IconButton>
            </Box>
          )}
        </ListItem>
      ))}
    </List>
  );
};
