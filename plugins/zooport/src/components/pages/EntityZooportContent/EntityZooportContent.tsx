import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { deskTimeZone } from '@zooport/plugin-zooport-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { useDeskOnDuty } from '../../../hooks/useDeskOnDuty';
import { useDeskStages } from '../../../hooks/useDeskStages';
import { useMayUpdateDesk } from '../../../hooks/useMayUpdateDesk';
import { formatInTeamZone, formatInViewerZone } from '../../../time';
import { DeskKnowledgeAndFigures } from '../../desks/DeskKnowledgeAndFigures';
import { DeskInsights } from '../../insights/DeskInsights';
import { DeskSchedule } from '../../desks/DeskSchedule';
import { OnDutyList } from '../../desks/OnDutyList';
import { StagesCell } from '../../readiness/stages';
import { SurveyCard } from '../../readiness/survey';
import { ReadinessSection } from '../../readiness/ReadinessSection';
import { RequestTypesCard } from '../../desks/editors/RequestTypeEditor';
import { DeskWebhookCard } from '../../desks/editors/WebhookEditor';
import { DeskProfileCard } from './DeskProfileCard';
import { DeskQueue } from './DeskQueue';
import { NoDeskYet } from './NoDeskYet';

/** The paw tab on a team (Group) page: the team's support desk. */
export const EntityZooportContent = () => {
  const { entity } = useEntity();
  const teamRef = stringifyEntityRef(entity);
  const teamName = entity.metadata.title ?? entity.metadata.name;
  const { value, loading, error, retry } = useDeskOnDuty(teamRef);
  const [filings, setFilings] = useState(0);
  // The webhook card is for editors only; no empty cell for the others.
  const mayUpdateDesk = useMayUpdateDesk(teamRef);
  const stages = useDeskStages(teamRef);
  // Only the first load: a reload after a save keeps the cards, and with
  // them their filters and switches, in place.
  if (loading && !value) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  const { desk, onDuty } = value ?? {};
  if (!desk) {
    return <NoDeskYet teamRef={teamRef} teamName={teamName} onOpened={retry} />;
  }
  const zone = deskTimeZone(desk);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <DeskProfileCard
          desk={desk}
          teamName={teamName}
          onChanged={retry}
          onFiled={() => setFilings(count => count + 1)}
        />
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="On duty now">
          {onDuty?.shift || onDuty?.onDuty.length ? (
            <>
              <OnDutyList
                members={onDuty.onDuty}
                observers={onDuty.observers}
                stages={stages}
              />
              {onDuty.shift && (
                <Box mt={2}>
                  <Typography variant="body2" color="textSecondary">
                    Since {formatInViewerZone(onDuty.shift.start)}, until{' '}
                    {formatInViewerZone(onDuty.shift.end)} (
                    {formatInTeamZone(onDuty.shift.end, zone)})
                  </Typography>
                </Box>
              )}
              {onDuty.next && (
                <Box mt={2}>
                  <Typography variant="subtitle2">
                    Next, from {formatInViewerZone(onDuty.next.start)}
                  </Typography>
                  <OnDutyList members={onDuty.next.onDuty} stages={stages} />
                </Box>
              )}
            </>
          ) : (
            <Typography color="textSecondary">
              This desk has no rotation yet.
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <DeskSchedule desk={desk} onChanged={retry} />
      </Grid>
      <Grid item xs={12}>
        <DeskQueue teamRef={teamRef} filings={filings} />
      </Grid>
      <Grid item xs={12}>
        <RequestTypesCard teamRef={teamRef} jira={desk.jira} />
      </Grid>
      {mayUpdateDesk && (
        <Grid item xs={12}>
          <DeskWebhookCard teamRef={teamRef} />
        </Grid>
      )}
      <DeskKnowledgeAndFigures teamRef={teamRef} />
      <Grid item xs={12}>
        <DeskInsights teamRef={teamRef} />
      </Grid>
      <Grid item xs={12} md={6}>
        <SurveyCard teamRef={teamRef} zone={zone} />
      </Grid>
      <StagesCell teamRef={teamRef} />
      <ReadinessSection teamRef={teamRef} zone={zone} />
    </Grid>
  );
};
