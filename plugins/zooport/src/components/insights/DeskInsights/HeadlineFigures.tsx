import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ReportTotals } from '@zooport/plugin-zooport-common';
import { headlineFigures } from '../shared/headlineFigures';

/** The range's totals as terms and figures, with the change since before. */
export const HeadlineFigures = (props: {
  totals: ReportTotals;
  previous?: ReportTotals;
}) => (
  <Grid container spacing={2} component="dl">
    {headlineFigures(props.totals, props.previous).map(
      ({ term, value, change }) => (
        <Grid item xs={6} sm={4} md={2} key={term}>
          <Typography component="dt" variant="body2" color="textSecondary">
            {term}
          </Typography>
          <Typography component="dd" style={{ margin: 0 }}>
            <Typography component="span" variant="h5" display="block">
              {value}
            </Typography>
            {change && (
              <Typography
                component="span"
                variant="caption"
                color="textSecondary"
                display="block"
              >
                {change}
              </Typography>
            )}
          </Typography>
        </Grid>
      ),
    )}
  </Grid>
);
