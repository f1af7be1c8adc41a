import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useDeskReadiness } from '../../../hooks/useDeskReadiness';
import { useReadinessPermissions } from '../../../hooks/useReadinessPermissions';
import { PersonStageRow } from './PersonStageRow';
import { ReadinessWarnings } from './ReadinessWarnings';

/**
 * The team's people with their onboarding stage, and the warnings about
 * the next shifts; moving someone on or back is for those with
 * `zooport.readiness.update`.
 */
export const StagesCard = (props: { teamRef: string; mayUpdate: boolean }) => {
  const { teamRef, mayUpdate } = props;
  const state = useDeskReadiness(teamRef);
  const body = () => {
    if (state.error) {
      return <ResponseErrorPanel error={state.error} />;
    }
    if (!state.value) {
      return <Progress />;
    }
    const { people, warnings } = state.value;
    if (people.length === 0) {
      return (
        <EmptyState
          missing="data"
          title="Nobody to stage"
          description="The team and the rotation have no people yet."
        />
      );
    }
    return (
      <>
        <ReadinessWarnings warnings={warnings} withShift />
        <Box component="ul" p={0} mt={2} mb={0} style={{ listStyle: 'none' }}>
          {people.map(person => (
            <PersonStageRow
              key={person.userRef}
              teamRef={teamRef}
              person={person}
              mayUpdate={mayUpdate}
              onChanged={state.retry}
            />
          ))}
        </Box>
        <Typography variant="caption" color="textSecondary">
          Observer → shadow → reverse shadow → ready. Someone never staged
          counts as ready.
        </Typography>
      </>
    );
  };
  return <InfoCard title="Onboarding stages">{body()}</InfoCard>;
};

/** The stages card in its grid cell, or no cell without the permission. */
export const StagesCell = (props: { teamRef: string }) => {
  const { loading, mayRead, mayUpdate } = useReadinessPermissions(
    props.teamRef,
  );
  if (loading || !mayRead) {
    return null;
  }
  return (
    <Grid item xs={12} md={6}>
      <StagesCard teamRef={props.teamRef} mayUpdate={mayUpdate} />
    </Grid>
  );
};
