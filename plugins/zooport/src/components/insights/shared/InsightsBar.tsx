import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import {
  InsightsRange,
  RangePicker,
  rangeLabel,
  useInsightsRange,
} from '../RangePicker';
import { FilterPanel } from '../../shared/FilterPanel';
import { DownloadCsvButton } from './DownloadCsvButton';

/**
 * The range picker and the CSV download above a report; `children` gets
 * the range the address names.
 */
export const InsightsBar = (props: {
  teamRef?: string;
  children: (range: InsightsRange) => ReactNode;
}) => {
  const [range, setRange] = useInsightsRange();
  const { preset: _preset, bucket: _bucket, ...days } = range;
  return (
    <>
      <FilterPanel>
        <Box
          display="flex"
          alignItems="flex-start"
          flexWrap="wrap"
          style={{ gap: 16 }}
        >
          <RangePicker range={range} onChange={setRange} />
          <Box flexGrow={1} />
          <DownloadCsvButton query={days} teamRef={props.teamRef} />
        </Box>
        <Box my={1}>
          <Typography variant="body2" color="textSecondary">
            {rangeLabel(range)}, compared with the period before
          </Typography>
        </Box>
      </FilterPanel>
      <Box mt={2}>{props.children(range)}</Box>
    </>
  );
};
