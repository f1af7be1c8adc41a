import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { WorkshopRecord } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { ChoiceField } from '../../shared/FormDialog';

/**
 * "Pass the hat": draws a card for the next participant (the first who
 * has not drawn yet, unless another is chosen) and lists who drew what,
 * marking a card the participant had drawn before.
 */
export const PassTheHat = (props: {
  teamRef: string;
  record: WorkshopRecord;
  nameOf: (userRef: string) => string;
  mayDraw: boolean;
  onDrawn: () => void;
}) => {
  const { teamRef, record, nameOf, mayDraw, onDrawn } = props;
  const { workshop, turns, scenarios } = record;
  const zooportApi = useApi(zooportApiRef);
  const drewAlready = new Set(turns.map(turn => turn.participantRef));
  const next =
    workshop.participantRefs.find(ref => !drewAlready.has(ref)) ??
    workshop.participantRefs[0] ??
    '';
  const [chosen, setChosen] = useState<string>();
  const participant = chosen ?? next;
  const [drawing, draw] = useAsyncFn(async () => {
    await zooportApi.drawTurn(teamRef, workshop.id, participant);
    setChosen(undefined);
    onDrawn();
  }, [zooportApi, teamRef, workshop.id, participant, onDrawn]);
  const titleOf = (scenarioId: string) =>
    scenarios.find(one => one.id === scenarioId)?.title ?? 'a removed card';
  return (
    <>
      {mayDraw && (
        <Box display="flex" alignItems="center" style={{ gap: 16 }}>
          <ChoiceField
            margin="dense"
            label="Next participant"
            value={participant}
            choices={workshop.participantRefs.map(ref => ({
              value: ref,
              label: nameOf(ref),
            }))}
            onChange={setChosen}
          />
          <Button
            variant="contained"
            color="primary"
            disabled={!participant || drawing.loading}
            onClick={draw}
          >
            {drawing.loading ? 'Drawing…' : 'Pass the hat'}
          </Button>
        </Box>
      )}
      {drawing.error && (
        <Typography role="alert" color="error">
          {problemOf(drawing.error)}
        </Typography>
      )}
      {turns.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No card drawn yet.
        </Typography>
      ) : (
        <List dense aria-label="Draws">
          {turns.map((turn, index) => (
            <ListItem key={turn.id} disableGutters>
              <ListItemText
                primary={`${index + 1}. ${nameOf(
                  turn.participantRef,
                )} drew “${titleOf(turn.scenarioId)}”`}
              />
              {turn.repeat && (
                <Chip
                  size="small"
                  label="Repeat"
                  title="They had drawn every card before"
                />
              )}
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
};
