import { Theme, alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import { ArrivalFigures } from '@zooport/plugin-zooport-common';
import { weekdays } from '../../../weekdays';
import { ChartCard } from '../shared/ChartCard';

const hours = Array.from({ length: 24 }, (_, hour) => hour);

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

const useStyles = makeStyles(theme => ({
  grid: { borderCollapse: 'separate', borderSpacing: 2, width: '100%' },
  cell: {
    height: 18,
    minWidth: 8,
    padding: 0,
    border: `1px solid ${theme.palette.divider}`,
  },
  heading: {
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
    fontWeight: 'normal',
    textAlign: 'left',
    paddingRight: theme.spacing(1),
  },
  // Read by screen readers, not shown: the cell's colour shows the count.
  hidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

const HeatCell = (props: {
  count: number;
  busiest: number;
  className: string;
  hiddenClassName: string;
}) => {
  const { palette } = useTheme<Theme>();
  const { count, busiest } = props;
  return (
    <td
      className={props.className}
      style={{
        background: count
          ? alpha(palette.primary.main, 0.15 + (0.85 * count) / busiest)
          : undefined,
      }}
    >
      <span className={props.hiddenClassName}>
        {count} {count === 1 ? 'request' : 'requests'}
      </span>
    </td>
  );
};

/**
 * Requests filed by weekday and hour on the desk's wall clock, as a grid
 * of cells the darker the busier; the busiest hours named below it.
 */
export const ArrivalsHeatmap = (props: {
  arrivals: ArrivalFigures;
  timeZone: string;
  requestsLink: string;
}) => {
  const { arrivals, timeZone, requestsLink } = props;
  const classes = useStyles();
  const busiest = Math.max(1, ...arrivals.byWeekdayHour.flat());
  const peaks = arrivals.peaks
    .map(
      peak =>
        `${weekdays[peak.weekday - 1].label} ${hourLabel(peak.hour)} (${
          peak.requests
        })`,
    )
    .join(', ');
  return (
    <ChartCard
      title="Arrivals by weekday and hour"
      requestsLink={requestsLink}
      linkNote="all of the desk's requests; the list has no filter by time"
    >
      <table className={classes.grid}>
        <caption className={classes.hidden}>
          Requests filed by weekday and hour, {timeZone}
        </caption>
        <thead>
          <tr>
            <td />
            {hours.map(hour => (
              <th key={hour} scope="col" className={classes.heading}>
                {hour % 6 === 0 ? (
                  hourLabel(hour)
                ) : (
                  <span className={classes.hidden}>{hourLabel(hour)}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {arrivals.byWeekdayHour.map((counts, weekday) => (
            <tr key={weekday}>
              <th scope="row" className={classes.heading}>
                {weekdays[weekday].label.slice(0, 3)}
              </th>
              {counts.map((count, hour) => (
                <HeatCell
                  key={hour}
                  count={count}
                  busiest={busiest}
                  className={classes.cell}
                  hiddenClassName={classes.hidden}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{peaks ? `Busiest hours (${timeZone}): ${peaks}.` : 'No arrivals.'}</p>
    </ChartCard>
  );
};
