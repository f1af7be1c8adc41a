import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { useZoo } from '../../hooks/useZoo';
import { ZooDeskCard } from '../ZooDeskCard';

const TheZoo = () => {
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

/** The Zooport page: the whole zoo and who is on duty at each desk. */
export const ZooportPage = () => (
  <Page themeId="tool">
    <Header
      title="Zooport"
      subtitle="Every team has an animal. Ask the animal, reach whoever is on duty."
    />
    <Content>
      <ContentHeader title="The zoo">
        <SupportButton>
          Find the team that helps with your question and reach its Zooporter.
        </SupportButton>
      </ContentHeader>
      <TheZoo />
    </Content>
  </Page>
);
