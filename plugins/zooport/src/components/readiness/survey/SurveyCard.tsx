import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useEffect, useRef, useState } from 'react';
import { useParamInAddress } from '../../../hooks/useParamInAddress';
import { useReadinessPermissions } from '../../../hooks/useReadinessPermissions';
import { SurveyAnswer } from './SurveyAnswer';
import { SurveySettingsDialog } from './SurveySettingsDialog';
import { SurveyTrendChart, SurveyTrendNotes } from './SurveyTrendChart';
import { surveyTrendPoints } from './surveyTrendPoints';
import { useSurvey } from './useSurvey';

/**
 * The monthly confidence survey on the paw tab: this month's question for
 * the team's members, and for every reader of the desk the trend with the
 * workshops held. The survey's notification links here with
 * `?survey=answer`, which brings the card into view.
 */
export const SurveyCard = (props: { teamRef: string; zone: string }) => {
  const { teamRef, zone } = props;
  const state = useSurvey(teamRef);
  const { mayUpdate } = useReadinessPermissions(teamRef);
  const [opened] = useParamInAddress('survey');
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const loaded = !!state.value;
  useEffect(() => {
    if (opened === 'answer' && loaded) {
      card.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [opened, loaded]);

  const body = () => {
    if (state.error) {
      return <ResponseErrorPanel error={state.error} />;
    }
    if (!state.value) {
      return <Progress />;
    }
    const { status, trend, workshops } = state.value;
    const points = surveyTrendPoints(trend.months, workshops, zone);
    const anyAnswers = points.some(p => p.responses > 0);
    return (
      <>
        <SurveyAnswer status={status} onAnswered={state.retry} />
        <Box mt={2}>
          <Typography component="h3" variant="subtitle1">
            Confidence over the last {points.length} months
          </Typography>
          {anyAnswers ? (
            <>
              <SurveyTrendChart points={points} />
              <SurveyTrendNotes points={points} />
            </>
          ) : (
            <EmptyState
              missing="data"
              title="No answers yet"
              description="The team's figures show here once three people answered in a month."
            />
          )}
        </Box>
        {!status.settings.enabled && (
          <Typography variant="body2" color="textSecondary">
            The survey is off: the team is not asked.
          </Typography>
        )}
        {mayUpdate && (
          <Button onClick={() => setEditing(true)}>Survey settings</Button>
        )}
        {editing && (
          <SurveySettingsDialog
            teamRef={teamRef}
            settings={status.settings}
            onSaved={() => {
              setEditing(false);
              state.retry();
            }}
            onClose={() => setEditing(false)}
          />
        )}
      </>
    );
  };

  return (
    <div ref={card} id="confidence-survey">
      <InfoCard title="Confidence survey">{body()}</InfoCard>
    </div>
  );
};
