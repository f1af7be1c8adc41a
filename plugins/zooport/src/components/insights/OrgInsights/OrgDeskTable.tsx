import { Link } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { OrgReportRow } from '@zooport/plugin-zooport-common';
import { InsightsRange, withRangeParams } from '../RangePicker';
import { headlineFigures, headlineTerms } from '../shared/headlineFigures';
import { useDeskLabels } from '../shared/useDeskLabels';
import { visuallyHidden } from '../shared/visuallyHidden';

const useStyles = makeStyles({ hidden: visuallyHidden });

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

/**
 * One row per desk with its key figures, each with its change since the
 * period before, each desk linking to its insights.
 */
export const OrgDeskTable = (props: {
  desks: OrgReportRow[];
  /** The same desks over the period before. */
  previous: OrgReportRow[];
  range: InsightsRange;
}) => {
  const classes = useStyles();
  const insightsLink = usePawTabInsightsLink();
  const labelOf = useDeskLabels();
  const previousTotals = new Map(
    props.previous.map(desk => [desk.teamRef, desk.totals]),
  );
  return (
    <Table size="small" aria-label="Key figures per desk">
      <TableHead>
        <TableRow>
          <TableCell>Desk</TableCell>
          {headlineTerms('org').map(term => (
            // Headers break between words only, never inside one.
            <TableCell
              key={term}
              align="right"
              style={{ overflowWrap: 'normal', wordBreak: 'normal' }}
            >
              {term}
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
            {headlineFigures(
              desk.totals,
              previousTotals.get(desk.teamRef),
              'org',
            ).map(({ term, value, change, changeAmount }) => (
              <TableCell key={term} align="right">
                {value}
                {change && changeAmount && (
                  // Only the amount shows, to keep the rows short; the
                  // comparison is read out and shown on hover.
                  <Typography
                    component="span"
                    variant="caption"
                    color="textSecondary"
                    display="block"
                    title={change}
                  >
                    {changeAmount}
                    <span className={classes.hidden}>
                      {change.slice(changeAmount.length)}
                    </span>
                  </Typography>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
