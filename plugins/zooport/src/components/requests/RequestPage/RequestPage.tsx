import {
  ContentHeader,
  InfoCard,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { useParams } from 'react-router-dom';
import { labelOf } from '../../../labels';
import { DraftScenarioButton } from '../../readiness/DraftScenarioButton';
import { CommentBox } from './CommentBox';
import { RequestActions } from './RequestActions';
import { RequestFacts } from './RequestFacts';
import { RequestHistory } from './RequestHistory';
import { ResolutionCard } from './ResolutionCard';
import { SlaClocks } from './SlaClocks';
import { useRequest } from './useRequest';

/** One support request: where it stands, its SLA clocks and conversation. */
export const RequestPage = () => {
  const { id = '' } = useParams();
  const { value, error, retry } = useRequest(id);
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  // Keep showing the request while it loads again after a change.
  if (!value) {
    return <Progress />;
  }
  const { request, desk } = value;
  const zone = desk?.hours.timeZone ?? DateTime.local().zoneName;
  return (
    <>
      <ContentHeader
        title={request.title}
        description={`${labelOf(request.status)} · ${labelOf(
          request.priority,
        )} priority · ${request.typeName}`}
      >
        <RequestActions request={request} onChanged={retry} />
        <DraftScenarioButton request={request} />
      </ContentHeader>
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <Grid container spacing={3} direction="column">
            {request.resolution && (
              <Grid item>
                <ResolutionCard
                  resolution={request.resolution}
                  resolvedAt={request.resolvedAt}
                  jiraIssue={request.jira?.issue}
                />
              </Grid>
            )}
            <Grid item>
              <InfoCard title="Description">
                {request.description.trim() ? (
                  <MarkdownContent content={request.description} />
                ) : (
                  <Typography color="textSecondary">No description.</Typography>
                )}
              </InfoCard>
            </Grid>
            <Grid item>
              <InfoCard title="History">
                <RequestHistory events={request.events} />
                {request.may.participate && request.status !== 'closed' && (
                  <CommentBox
                    requestId={request.id}
                    mayWriteInternal={request.may.update}
                    onCommented={retry}
                  />
                )}
              </InfoCard>
            </Grid>
          </Grid>
        </Grid>
        <Grid item xs={12} md={4}>
          <Grid container spacing={3} direction="column">
            <Grid item>
              <InfoCard title="SLA">
                <SlaClocks sla={request.sla} zone={zone} />
              </InfoCard>
            </Grid>
            <Grid item>
              <InfoCard title="Details" noPadding>
                <RequestFacts request={request} desk={desk} onChanged={retry} />
              </InfoCard>
            </Grid>
          </Grid>
        </Grid>
      </Grid>
    </>
  );
};
