import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { DeskReport } from '@zooport/plugin-zooport-common';
import { InsightsRange } from '../RangePicker';
import { ArrivalsHeatmap } from './ArrivalsHeatmap';
import { DocumentationGaps } from './DocumentationGaps';
import { HeadlineFigures } from './HeadlineFigures';
import { InterruptsChart } from './InterruptsChart';
import { PeopleLoadChart } from './PeopleLoadChart';
import { ResolutionsChart } from './ResolutionsChart';
import { ResponseTimesChart } from './ResponseTimesChart';
import { SlaBreaches } from './SlaBreaches';
import { SlaChart } from './SlaChart';
import { VolumeChart } from './VolumeChart';
import { useDeskReportLinks } from './useDeskReportLinks';
import { useDeskReports } from './useDeskReports';

function isEmpty({ totals }: DeskReport): boolean {
  return totals.filed === 0 && totals.resolved === 0 && totals.openAtEnd === 0;
}

const DeskCharts = ({ report }: { report: DeskReport }) => {
  const links = useDeskReportLinks(report);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <VolumeChart report={report} links={links} />
      </Grid>
      <Grid item xs={12} md={6}>
        <SlaChart report={report} requestsLink={links.breached} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ResponseTimesChart report={report} requestsLink={links.resolved} />
      </Grid>
      <Grid item xs={12} md={6}>
        <SlaBreaches breaches={report.breaches} requestsLink={links.breached} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ArrivalsHeatmap
          arrivals={report.arrivals}
          timeZone={report.timeZone}
          requestsLink={links.filed}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <ResolutionsChart report={report} links={links} />
      </Grid>
      <Grid item xs={12} md={6}>
        <PeopleLoadChart report={report} requestsLink={links.resolved} />
      </Grid>
      <Grid item xs={12} md={6}>
        <InterruptsChart report={report} links={links} />
      </Grid>
      <Grid item xs={12}>
        <DocumentationGaps
          gaps={report.documentationGaps}
          requestsLink={links.resolved}
        />
      </Grid>
    </Grid>
  );
};

/** A desk's report over `range`: headline figures and charts. */
export const DeskReportView = (props: {
  teamRef: string;
  range: InsightsRange;
}) => {
  const { value, loading, error } = useDeskReports(props.teamRef, props.range);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || isEmpty(value.current)) {
    return (
      <EmptyState
        missing="data"
        title="No requests in this range"
        description="Pick a longer range, or one when the desk had requests."
      />
    );
  }
  return (
    <>
      <HeadlineFigures
        totals={value.current.totals}
        previous={value.previous.totals}
      />
      <Box mt={3}>
        <DeskCharts report={value.current} />
      </Box>
    </>
  );
};
