import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  DeskFigures,
  ResolutionCategory,
  resolutionLabels,
} from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { useDeskFigures } from '../../../hooks/useDeskFigures';
import { formatMinutes } from '../../../time';

const DAYS = 30;

function headlineFigures(figures: DeskFigures) {
  const {
    open,
    atRisk,
    breached,
    filed,
    firstResponseCounted,
    firstResponseMet,
    firstResponseMetPercent,
    medianFirstResponseMinutes,
  } = figures;
  return [
    { term: 'Open now', value: String(open) },
    { term: 'At risk now', value: String(atRisk) },
    { term: 'Breached now', value: String(breached) },
    { term: 'Filed', value: String(filed) },
    {
      term: 'First response in time',
      value:
        firstResponseMetPercent === null
          ? '–'
          : `${firstResponseMet} of ${firstResponseCounted} (${firstResponseMetPercent}%)`,
    },
    {
      term: 'Median first response',
      value:
        medianFirstResponseMinutes === null
          ? '–'
          : formatMinutes(medianFirstResponseMinutes),
    },
  ];
}

const FigureTable = (props: {
  title: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
}) => {
  const { title, headers, rows, empty } = props;
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="textSecondary">{empty}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {headers.map((header, index) => (
                <TableCell key={header} align={index ? 'right' : 'left'}>
                  {header}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(row => (
              <TableRow key={row.key}>
                {row.cells.map((cell, index) => (
                  <TableCell key={index} align={index ? 'right' : 'left'}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
};

const Figures = ({ figures }: { figures: DeskFigures }) => {
  const resolutions = Object.entries(figures.resolutions) as [
    ResolutionCategory,
    number,
  ][];
  return (
    <>
      <Grid container spacing={2} component="dl">
        {headlineFigures(figures).map(({ term, value }) => (
          <Grid item xs={6} sm={4} md={2} key={term}>
            <Typography component="dt" variant="body2" color="textSecondary">
              {term}
            </Typography>
            <Typography component="dd" variant="h5" style={{ margin: 0 }}>
              {value}
            </Typography>
          </Grid>
        ))}
      </Grid>
      <Box mt={2}>
        <Grid container spacing={3}>
          <Grid item xs={12} md={5}>
            <FigureTable
              title="Resolutions"
              headers={['How', 'Requests']}
              rows={resolutions
                .sort((a, b) => b[1] - a[1])
                .map(([category, count]) => ({
                  key: category,
                  cells: [resolutionLabels[category], count],
                }))}
              empty="Nothing resolved yet."
            />
          </Grid>
          <Grid item xs={12} md={7}>
            <FigureTable
              title="Load per person"
              headers={['Assignee', 'Requests', 'Time spent']}
              rows={figures.load.map(person => ({
                key: person.userRef,
                cells: [
                  <EntityRefLink
                    entityRef={person.userRef}
                    defaultKind="user"
                  />,
                  person.requests,
                  formatMinutes(person.minutesSpent),
                ],
              }))}
              empty="No requests were assigned."
            />
          </Grid>
        </Grid>
      </Box>
    </>
  );
};

/**
 * The desk's key figures of the last 30 days: open, at-risk and breached
 * requests now, the first-response SLA, how requests were resolved and who
 * carried the load.
 */
export const DeskFiguresCard = ({ teamRef }: { teamRef: string }) => {
  const { value, error } = useDeskFigures(teamRef, DAYS);
  return (
    <InfoCard
      title="Key figures"
      subheader={`Requests of the last ${DAYS} days; open, at risk and breached as of now`}
    >
      {error && <ResponseErrorPanel error={error} />}
      {!error && !value && <Progress />}
      {value && <Figures figures={value} />}
    </InfoCard>
  );
};
