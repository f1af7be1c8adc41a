import {
  ContentHeader,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { useZoo } from '../../hooks/useZoo';
import { ZooDeskCard } from '../ZooDeskCard';

const Desks = () => {
  const { value: desks, loading, error } = useZoo();
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!desks?.length) {
    return (
      <EmptyState
        missing="content"
        title="No support desks yet"
        description="A team gets a desk when its Group has a zooport.dev/animal annotation or someone saves one."
      />
    );
  }
  return (
    <Grid container spacing={3}>
      {desks.map(desk => (
        <Grid item xs={12} md={6} lg={4} key={desk.teamRef}>
          <ZooDeskCard desk={desk} />
        </Grid>
      ))}
    </Grid>
  );
};

/** The whole zoo: every desk and who is on duty there. */
export const Zoo = () => (
  <>
    <ContentHeader title="The zoo">
      <SupportButton>
        Find the team that helps with your question and reach its Zooporter.
      </SupportButton>
    </ContentHeader>
    <Desks />
  </>
);
