import { FormField } from './FormField';

/** A few lines of free text in a dialog, e.g. a reason or a note. */
export const NoteField = (props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  helperText?: string;
  required?: boolean;
}) => (
  <FormField
    fullWidth
    multiline
    minRows={3}
    margin="dense"
    label={props.label}
    helperText={props.helperText}
    required={props.required}
    value={props.value}
    onChange={event => props.onChange(event.target.value)}
  />
);
