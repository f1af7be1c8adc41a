import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useReadinessPermissions } from '../../../hooks/useReadinessPermissions';
import { OpenActions } from '../OpenActions';
import { ScenarioDeckCard } from '../ScenarioDeck';
import { WorkshopsCard } from '../WorkshopsCard';

/**
 * The paw tab's readiness cells: the scenario deck, the workshops and the
 * open actions, for those who may read the desk's readiness. Others get
 * no cell at all.
 */
export const ReadinessSection = (props: { teamRef: string; zone: string }) => {
  const { teamRef, zone } = props;
  const { loading, mayRead, mayUpdate } = useReadinessPermissions(teamRef);
  if (loading || !mayRead) {
    return null;
  }
  return (
    <>
      <Grid item xs={12}>
        <Typography variant="h5" component="h2">
          Readiness
        </Typography>
      </Grid>
      <Grid item xs={12} md={6}>
        <ScenarioDeckCard teamRef={teamRef} mayUpdate={mayUpdate} />
      </Grid>
      <Grid item xs={12} md={6}>
        <WorkshopsCard teamRef={teamRef} zone={zone} mayUpdate={mayUpdate} />
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Open readiness actions">
          <OpenActions teamRef={teamRef} mayUpdate={mayUpdate} />
        </InfoCard>
      </Grid>
    </>
  );
};
