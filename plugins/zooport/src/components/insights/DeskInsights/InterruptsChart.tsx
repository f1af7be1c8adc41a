import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { DeskReport, InterruptCost } from '@zooport/plugin-zooport-common';
import { formatMinutes } from '../../../time';
import { BucketChart } from '../shared/BucketChart';
import { ChartCard } from '../shared/ChartCard';
import { hoursOf } from '../shared/chartNumbers';
import { DeskReportLinks } from './useDeskReportLinks';

const TOP = 5;

const Costliest = (props: {
  title: string;
  costs: InterruptCost[];
  /** The requests behind one cost, where the list can narrow to them. */
  linkOf?: (name: string) => string | undefined;
}) => (
  <>
    <Typography variant="subtitle2" component="h3">
      {props.title}
    </Typography>
    {props.costs.length === 0 ? (
      <Typography color="textSecondary">None.</Typography>
    ) : (
      <ol>
        {props.costs.slice(0, TOP).map(cost => {
          const link = props.linkOf?.(cost.name);
          return (
            <li key={cost.name}>
              {link ? (
                <Link to={link} underline="always">
                  {cost.name}
                </Link>
              ) : (
                cost.name
              )}
              : {formatMinutes(cost.minutesSpent)} over {cost.requests}{' '}
              {cost.requests === 1 ? 'request' : 'requests'}
            </li>
          );
        })}
      </ol>
    )}
  </>
);

/** Minutes spent on requests per week, and what cost the most. */
export const InterruptsChart = (props: {
  report: DeskReport;
  links: DeskReportLinks;
}) => {
  const { report, links } = props;
  const { weeks, types, topics } = report.interrupts;
  const data = weeks.map(week => ({
    label: week.label,
    hours: hoursOf(week.minutesSpent),
  }));
  return (
    <ChartCard
      title="Interrupt time"
      requestsLink={links.resolved}
      linkNote="the desk's requests resolved in the range; each type links its own"
    >
      <BucketChart
        height={200}
        unit=" h"
        legend={false}
        data={data}
        series={[
          { key: 'hours', name: 'Hours spent', kind: 'bar', colour: 'first' },
        ]}
        summary={`Hours spent per week: ${
          data.map(({ label, hours }) => `${label} ${hours} h`).join(', ') ||
          'none'
        }.`}
      />
      <Costliest
        title="Costliest request types"
        costs={types}
        linkOf={links.resolvedOfType}
      />
      <Costliest title="Costliest topics" costs={topics} />
    </ChartCard>
  );
};
