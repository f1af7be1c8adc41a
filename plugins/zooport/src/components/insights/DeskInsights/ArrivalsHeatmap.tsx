import { Theme, alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import { ArrivalFigures } from '@zooport/plugin-zooport-common';
import { weekdays } from '../../../weekdays';
import { ChartCard } from '../shared/ChartCard';
import { visuallyHidden } from '../shared/visuallyHidden';

const hours = Array.from({ length: 24 }, (_, hour) => hour);

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

const useStyles = makeStyles(theme => ({
  // Each row a grid of the same columns: a weekday's name, then 24 hours
  // of equal width, so the cells line up and none is wider than another.
  row: {
    display: 'grid',
    gridTemplateColumns: '2.5rem repeat(24, minmax(0, 1fr))',
    gap: 2,
    marginBottom: 2,
  },
  cell: {
    height: 18,
    border: `1px solid ${theme.palette.divider}`,
  },
  heading: {
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'visible',
  },
  // Read by screen readers, not shown: the cell's colour shows the count.
  hidden: visuallyHidden,
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
    <div
      role="cell"
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
    </div>
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
      linkNote="the desk's requests filed in the range"
    >
      <div
        role="table"
        aria-label={`Requests filed by weekday and hour, ${timeZone}`}
      >
        <div role="row" className={classes.row}>
          <div role="columnheader" className={classes.heading}>
            <span className={classes.hidden}>Weekday</span>
          </div>
          {hours.map(hour => (
            <div key={hour} role="columnheader" className={classes.heading}>
              {hour % 6 === 0 ? (
                hourLabel(hour)
              ) : (
                <span className={classes.hidden}>{hourLabel(hour)}</span>
              )}
            </div>
          ))}
        </div>
        {arrivals.byWeekdayHour.map((counts, weekday) => (
          <div key={weekday} role="row" className={classes.row}>
            <div role="rowheader" className={classes.heading}>
              {weekdays[weekday].label.slice(0, 3)}
            </div>
            {counts.map((count, hour) => (
              <HeatCell
                key={hour}
                count={count}
                busiest={busiest}
                className={classes.cell}
                hiddenClassName={classes.hidden}
              />
            ))}
          </div>
        ))}
      </div>
      <p>{peaks ? `Busiest hours (${timeZone}): ${peaks}.` : 'No arrivals.'}</p>
    </ChartCard>
  );
};
