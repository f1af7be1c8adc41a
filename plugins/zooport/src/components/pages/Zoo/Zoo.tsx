import {
  ContentHeader,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { ZooDesk } from '@zooport/plugin-zooport-common';
import { useDeskAnimals } from '../../../hooks/useDeskAnimals';
import { ZooDeskCard } from '../../desks/ZooDeskCard';
import { AskTheZoo } from '../AskTheZoo';

const Desks = (props: {
  desks: ZooDesk[];
  loading: boolean;
  error?: Error;
}) => {
  const { desks, loading, error } = props;
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!desks.length) {
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

/** The whole zoo: which animal to ask, every desk and who is on duty there. */
export const Zoo = () => {
  const { desks, animalOf, loading, error } = useDeskAnimals();
  return (
    <>
      <ContentHeader title="The zoo">
        <SupportButton>
          Find the team that helps with your question and reach its Zooporter.
        </SupportButton>
      </ContentHeader>
      <Box mb={3}>
        <AskTheZoo animalOf={animalOf} />
      </Box>
      <Desks desks={desks} loading={loading} error={error} />
    </>
  );
};
