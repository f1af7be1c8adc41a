import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import { useId } from 'react';

/**
 * A TextField whose label names its input: MUI v4 links the two only through
 * an id, and screen readers (and tests) find fields by their label.
 */
export const FormField = (props: TextFieldProps) => {
  const id = useId();
  return <TextField id={id} {...props} />;
};
