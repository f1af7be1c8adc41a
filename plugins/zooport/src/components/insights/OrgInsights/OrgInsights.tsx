import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { OrgReportRow } from '@zooport/plugin-zooport-common';
import { useParamInAddress } from '../../../hooks/useParamInAddress';
import { ChoiceField } from '../../shared/FormDialog';
import { DeskReportView } from '../DeskInsights';
import { InsightsRange } from '../RangePicker';
import { InsightsBar } from '../shared/InsightsBar';
import { useDeskLabels } from '../shared/useDeskLabels';
import { OrgDeskTable } from './OrgDeskTable';
import { useOrgReport } from './useOrgReport';

/** One desk's charts, the desk picked by `?desk=`. */
const PickedDesk = (props: { desks: OrgReportRow[]; range: InsightsRange }) => {
  const [picked, pick] = useParamInAddress('desk');
  const labelOf = useDeskLabels();
  const teamRef = props.desks.some(desk => desk.teamRef === picked)
    ? picked!
    : '';
  return (
    <InfoCard title="One desk">
      <ChoiceField
        label="Desk"
        value={teamRef}
        choices={[
          { value: '', label: 'Pick a desk' },
          ...props.desks.map(desk => ({
            value: desk.teamRef,
            label: labelOf(desk.teamRef),
          })),
        ]}
        onChange={pick}
      />
      {teamRef && (
        <Box mt={2}>
          <DeskReportView teamRef={teamRef} range={props.range} />
        </Box>
      )}
    </InfoCard>
  );
};

const OrgReportView = ({ range }: { range: InsightsRange }) => {
  const { value, loading, error } = useOrgReport(range);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value?.current.desks.length) {
    return (
      <EmptyState
        missing="data"
        title="No desks yet"
        description="Desks show here once teams have one."
      />
    );
  }
  return (
    <>
      <InfoCard title="Desks">
        <OrgDeskTable
          desks={value.current.desks}
          previous={value.previous.desks}
          range={range}
        />
      </InfoCard>
      <Box mt={3}>
        <PickedDesk desks={value.current.desks} range={range} />
      </Box>
    </>
  );
};

/**
 * The Insights tab: every desk's key figures over a range, and one desk's
 * charts.
 */
export const OrgInsights = () => (
  <InsightsBar>{range => <OrgReportView range={range} />}</InsightsBar>
);
