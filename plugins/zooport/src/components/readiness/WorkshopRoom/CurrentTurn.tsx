import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { Scenario, WorkshopTurn } from '@zooport/plugin-zooport-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { ScenarioContent } from '../ScenarioContent';
import { ScribeBox } from './ScribeBox';
import { TurnTimer } from './TurnTimer';

/**
 * The turn under way: whose it is, the card drawn with its evidence, the
 * turn's timer and the scribe box.
 */
export const CurrentTurn = (props: {
  teamRef: string;
  turn: WorkshopTurn;
  scenario?: Scenario;
  participantName: string;
  mayWrite: boolean;
  onEnded: () => void;
}) => {
  const { teamRef, turn, scenario, participantName, mayWrite, onEnded } = props;
  const zooportApi = useApi(zooportApiRef);
  const [ending, end] = useAsyncFn(async () => {
    await zooportApi.endTurn(teamRef, turn.workshopId, turn.id);
    onEnded();
  }, [zooportApi, teamRef, turn, onEnded]);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={8}>
        <InfoCard
          title={scenario?.title ?? 'A card no longer in the deck'}
          subheader={`${participantName}’s turn`}
        >
          {turn.repeat && (
            <Box mb={1}>
              <Chip size="small" label="Repeat: drawn before" />
            </Box>
          )}
          {scenario && (
            <ScenarioContent teamRef={teamRef} scenario={scenario} />
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Timer">
          <TurnTimer turn={turn} />
          {mayWrite && !turn.endedAt && (
            <Button variant="outlined" disabled={ending.loading} onClick={end}>
              End the turn
            </Button>
          )}
        </InfoCard>
        <Box mt={3}>
          <InfoCard title="Scribe">
            {mayWrite ? (
              <ScribeBox key={turn.id} teamRef={teamRef} turn={turn} />
            ) : (
              <Typography variant="body2">{turn.steps}</Typography>
            )}
          </InfoCard>
        </Box>
      </Grid>
    </Grid>
  );
};
