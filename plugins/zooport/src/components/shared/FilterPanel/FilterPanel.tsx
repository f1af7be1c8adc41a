import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import { ReactNode } from 'react';

/**
 * Search and filter fields on a surface of their own: on the page's grey,
 * the fields' labels would miss the contrast small text needs.
 */
export const FilterPanel = (props: { children: ReactNode }) => (
  <Paper variant="outlined">
    <Box px={2} py={1}>
      {props.children}
    </Box>
  </Paper>
);
