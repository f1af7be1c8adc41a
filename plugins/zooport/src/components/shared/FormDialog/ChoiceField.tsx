import { TextFieldProps } from '@material-ui/core/TextField';
import { FormField } from './FormField';

/** A labelled native select: quick with the keyboard, readable on phones. */
export const ChoiceField = (
  props: Omit<TextFieldProps, 'onChange' | 'children' | 'select'> & {
    value: string;
    choices: { value: string; label: string }[];
    onChange: (value: string) => void;
  },
) => {
  const { choices, onChange, ...field } = props;
  return (
    <FormField
      {...field}
      select
      onChange={event => onChange(event.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
    >
      {choices.map(choice => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </FormField>
  );
};
