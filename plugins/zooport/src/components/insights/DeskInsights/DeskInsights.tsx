import { InfoCard } from '@backstage/core-components';
import { InsightsBar } from '../shared/InsightsBar';
import { DeskReportView } from './DeskReportView';

/**
 * A desk's insights on its paw tab: its report over the range the page
 * address names, with the period before to compare.
 */
export const DeskInsights = ({ teamRef }: { teamRef: string }) => (
  <div id="insights">
    <InfoCard title="Insights">
      <InsightsBar teamRef={teamRef}>
        {range => <DeskReportView teamRef={teamRef} range={range} />}
      </InsightsBar>
    </InfoCard>
  </div>
);
