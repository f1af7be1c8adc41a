import {
  ContentHeader,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { HandoffChecklist } from './HandoffChecklist';
import { ShiftTable } from './ShiftTable';
import { useMyShifts } from '../../../hooks/useMyShifts';
import { MyOnboarding } from '../../readiness/stages';

const Duty = () => {
  const { value, error } = useMyShifts();
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return <Progress />;
  }
  const { shifts, observing } = value;
  if (shifts.length === 0 && observing.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No duty in the next 13 weeks"
        description="You are in no rotation, or your turn comes later. Shifts show here once a desk's rotation includes you."
      />
    );
  }
  return (
    <Grid container spacing={3}>
      {shifts.length > 0 && (
        <Grid item xs={12} md={6}>
          <InfoCard title="Handoff checklist">
            <HandoffChecklist shift={shifts[0]} />
          </InfoCard>
        </Grid>
      )}
      {observing.length > 0 && (
        <Grid item xs={12} md={6}>
          <InfoCard
            title="Shadowing"
            subheader="The desks you observe, now and next, to learn their work"
            noPadding
          >
            <ShiftTable label="Shadowing" shifts={observing} />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="Your shifts" noPadding>
          {shifts.length > 0 ? (
            <ShiftTable label="Your shifts" shifts={shifts} />
          ) : (
            <EmptyState missing="data" title="No shifts in the next 13 weeks" />
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
};

/**
 * The viewer's duty: their coming shifts over the next 13 weeks (as the
 * rotations and overrides give them), a checklist for the next one, and the
 * weeks they shadow a desk as an observer; while onboarding, their stage
 * and the playbooks to read first.
 */
export const MyDuty = () => (
  <>
    <ContentHeader title="My duty" />
    <MyOnboarding />
    <Duty />
  </>
);
