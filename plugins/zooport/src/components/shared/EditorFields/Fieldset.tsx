import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';

/**
 * Fields grouped under a legend, without the browser's border. A `section`
 * heads a part of the form; a `group` (the default) sits within one.
 */
export const Fieldset = (props: {
  legend: string;
  level?: 'section' | 'group';
  children: ReactNode;
}) => {
  const section = props.level === 'section';
  return (
    <Box component="fieldset" border={0} p={0} m={0} mt={section ? 3 : 2}>
      <Typography component="legend" variant={section ? 'h6' : 'subtitle2'}>
        {props.legend}
      </Typography>
      {props.children}
    </Box>
  );
};
