import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { OrgReportRow, ReportTotals } from '@zooport/plugin-zooport-common';
import { formatMinutes } from '../../../time';
import { InsightsRange, withRangeParams } from '../RangePicker';
import { useDeskLabels } from '../shared/useDeskLabels';

const share = (value: number | null) =>
  value === null ? '–' : `${Math.round(value * 100)}%`;

const columns: { header: string; of: (totals: ReportTotals) => string }[] = [
  { header: 'Filed', of: totals => String(totals.filed) },
  { header: 'Resolved', of: totals => String(totals.resolved) },
  { header: 'Open at the end', of: totals => String(totals.openAtEnd) },
  {
    header: 'First response within SLA',
    of: totals => share(totals.firstResponse.metShare),
  },
  {
    header: 'Resolution within SLA',
    of: totals => share(totals.resolution.metShare),
  },
  { header: 'SLA breaches', of: totals => String(totals.breaches) },
  { header: 'Deflected', of: totals => share(totals.deflection.share) },
  { header: 'Time spent', of: totals => formatMinutes(totals.minutesSpent) },
];

/** The insights on a desk's paw tab, over the same range. */
function usePawTabInsightsLink() {
  const entityLink = useRouteRef(entityRouteRef);
  return (teamRef: string, range: InsightsRange) => {
    const { kind, namespace, name } = parseEntityRef(teamRef);
    const params = withRangeParams(new URLSearchParams(), range);
    return `${entityLink({
      kind,
      namespace,
      name,
    })}/zooport?${params}#insights`;
  };
}

/** One row per desk with its key figures, each linking to its insights. */
export const OrgDeskTable = (props: {
  desks: OrgReportRow[];
  range: InsightsRange;
}) => {
  const insightsLink = usePawTabInsightsLink();
  const labelOf = useDeskLabels();
  return (
    <Table size="small" aria-label="Key figures per desk">
      <TableHead>
        <TableRow>
          <TableCell>Desk</TableCell>
          {columns.map(({ header }) => (
            // Headers break between words only, never inside one.
            <TableCell
              key={header}
              align="right"
              style={{ overflowWrap: 'normal', wordBreak: 'normal' }}
            >
              {header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.desks.map(desk => (
          <TableRow key={desk.teamRef}>
            <TableCell component="th" scope="row">
              <Link to={insightsLink(desk.teamRef, props.range)}>
                {labelOf(desk.teamRef)}
              </Link>
            </TableCell>
            {columns.map(({ header, of }) => (
              <TableCell key={header} align="right">
                {of(desk.totals)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
