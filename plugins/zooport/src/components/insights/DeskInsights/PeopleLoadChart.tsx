import { parseEntityRef } from '@backstage/catalog-model';
import { DeskReport, Spread } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMinutes } from '../../../time';
import { ChartArea, ChartCard } from '../shared/ChartCard';
import { hoursOf } from '../shared/chartNumbers';
import { useChartFrame } from '../shared/useChartColours';

const nameOf = (userRef: string) => parseEntityRef(userRef).name;

function fairnessText(what: string, spread: Spread): string | undefined {
  if (spread.maxToMean === null) {
    return undefined;
  }
  return `the busiest carries ${spread.maxToMean.toFixed(
    1,
  )}× the mean of ${what}`;
}

/**
 * Where the range starts before shifts were recorded, the hours on duty
 * of its start are missing: says from when they count.
 */
function dutyRecordNote(report: DeskReport): string | undefined {
  const { dutyRecordedFrom, from, timeZone } = report;
  if (!dutyRecordedFrom) {
    return 'No shifts are recorded yet, so hours on duty are none.';
  }
  const recordedFrom = DateTime.fromISO(dutyRecordedFrom);
  if (DateTime.fromISO(from) >= recordedFrom) {
    return undefined;
  }
  return `Hours on duty are recorded from ${recordedFrom
    .setZone(timeZone)
    .toFormat('d LLL yyyy')}.`;
}

/**
 * Each person's load over the range: requests handled, hours on duty and
 * of those outside support hours; and how evenly they are spread.
 */
export const PeopleLoadChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const data = report.people.map(person => ({
    ...person,
    name: nameOf(person.userRef),
    hoursSpent: hoursOf(person.minutesSpent),
  }));
  const fairness = [
    fairnessText('requests handled', report.fairness.requestsHandled),
    fairnessText('hours on duty', report.fairness.hoursOnDuty),
  ].filter(Boolean);
  const dutyNote = dutyRecordNote(report);
  const people = report.people
    .map(
      person =>
        `${nameOf(person.userRef)}: ${
          person.requestsHandled
        } handled, ${formatMinutes(person.minutesSpent)} spent, ${
          person.hoursOnDuty
        } h on duty with ${person.requestsWhileOnDuty} ${
          person.requestsWhileOnDuty === 1 ? 'request' : 'requests'
        } meanwhile, ${
          person.hoursOnDutyOutsideSupportHours
        } h outside support hours`,
    )
    .join('; ');
  return (
    <ChartCard
      title="Load per person"
      requestsLink={requestsLink}
      linkNote="the desk's requests resolved in the range; the list has no filter by assignee"
    >
      <ChartArea summary={people || 'Nobody handled requests or was on duty.'}>
        <BarChart data={data}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="name" {...axis} />
          <YAxis {...axis} />
          <Tooltip {...tooltip} />
          <Legend />
          <Bar
            dataKey="requestsHandled"
            name="Requests handled"
            fill={colours.first}
          />
          <Bar dataKey="hoursSpent" name="Hours spent" fill={colours.second} />
          <Bar
            dataKey="hoursOnDuty"
            name="Hours on duty"
            fill={colours.third}
          />
          <Bar
            dataKey="requestsWhileOnDuty"
            name="Requests while on duty"
            fill={colours.fourth}
          />
          <Bar
            dataKey="hoursOnDutyOutsideSupportHours"
            name="Hours on duty outside support hours"
            fill={colours.breach}
          />
        </BarChart>
      </ChartArea>
      {fairness.length > 0 && <p>Fairness: {fairness.join('; ')}.</p>}
      {dutyNote && <p>{dutyNote}</p>}
    </ChartCard>
  );
};
