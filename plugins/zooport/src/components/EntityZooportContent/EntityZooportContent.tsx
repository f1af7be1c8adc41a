import { InfoCard } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { BackendStatus } from '../BackendStatus';

/** The paw tab on a team (Group) page: the team's support desk. */
export const EntityZooportContent = () => {
  const { entity } = useEntity();
  const teamName = entity.metadata.title ?? entity.metadata.name;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title={`${teamName} support desk`}>
          <Typography paragraph>
            The team's animal, who is on duty and its request queue will show
            here.
          </Typography>
          <BackendStatus />
        </InfoCard>
      </Grid>
    </Grid>
  );
};
