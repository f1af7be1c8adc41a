import {
  Content,
  ContentHeader,
  Header,
  InfoCard,
  Page,
  SupportButton,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { BackendStatus } from '../BackendStatus';

/** The Zooport page: the whole zoo, the request queues and the knowledge base. */
export const ZooportPage = () => (
  <Page themeId="tool">
    <Header
      title="Zooport"
      subtitle="Every team has an animal. Ask the animal, reach whoever is on duty."
    />
    <Content>
      <ContentHeader title="Find the right animal">
        <SupportButton>
          Find the team that helps with your question and reach its Zooporter.
        </SupportButton>
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard title="The zoo">
            <Typography paragraph>
              Support desks and who is on duty will show here.
            </Typography>
            <BackendStatus />
          </InfoCard>
        </Grid>
      </Grid>
    </Content>
  </Page>
);
