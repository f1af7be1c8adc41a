import Typography from '@material-ui/core/Typography';
import { DeskReport, InterruptCost } from '@zooport/plugin-zooport-common';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMinutes } from '../../../time';
import { ChartArea, ChartCard } from '../shared/ChartCard';
import { hoursOf } from '../shared/chartNumbers';
import { useChartFrame } from '../shared/useChartColours';

const TOP = 5;

const Costliest = (props: { title: string; costs: InterruptCost[] }) => (
  <>
    <Typography variant="subtitle2" component="h3">
      {props.title}
    </Typography>
    {props.costs.length === 0 ? (
      <Typography color="textSecondary">None.</Typography>
    ) : (
      <ol>
        {props.costs.slice(0, TOP).map(cost => (
          <li key={cost.name}>
            {cost.name}: {formatMinutes(cost.minutesSpent)} over {cost.requests}{' '}
            {cost.requests === 1 ? 'request' : 'requests'}
          </li>
        ))}
      </ol>
    )}
  </>
);

/** Minutes spent on requests per week, and what cost the most. */
export const InterruptsChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const { weeks, types, topics } = report.interrupts;
  const data = weeks.map(week => ({
    label: week.label,
    hours: hoursOf(week.minutesSpent),
  }));
  return (
    <ChartCard
      title="Interrupt time"
      requestsLink={requestsLink}
      linkNote="the desk's resolved requests; the list has no filter by type or topic"
    >
      <ChartArea
        height={200}
        summary={`Hours spent per week: ${
          data.map(({ label, hours }) => `${label} ${hours} h`).join(', ') ||
          'none'
        }.`}
      >
        <BarChart data={data}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="label" {...axis} />
          <YAxis unit=" h" {...axis} />
          <Tooltip {...tooltip} formatter={value => `${value} h`} />
          <Bar dataKey="hours" name="Hours spent" fill={colours.first} />
        </BarChart>
      </ChartArea>
      <Costliest title="Costliest request types" costs={types} />
      <Costliest title="Costliest topics" costs={topics} />
    </ChartCard>
  );
};
