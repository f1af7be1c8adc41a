import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import IconButton from '@material-ui/core/IconButton';
import CancelIcon from '@material-ui/icons/Cancel';
import { KeyboardEvent, useState } from 'react';
import { listOf } from '../../../lists';
import { FormField } from '../FormDialog';

/**
 * A list of short texts as chips. Typing a comma or Enter (or leaving the
 * field) adds what was typed; a chip's cross, a button named "Remove …",
 * removes it. Texts already in the list are not added twice.
 */
export const ChipsInput = (props: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  helperText?: string;
  error?: boolean;
  placeholder?: string;
}) => {
  const { label, values, onChange, helperText, error, placeholder } = props;
  const [typed, setTyped] = useState('');
  const add = (text: string) => {
    const added = listOf(text).filter(value => !values.includes(value));
    if (added.length > 0) {
      onChange([...new Set([...values, ...added])]);
    }
    setTyped('');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter would submit the dialog's form before the text became a chip.
    if (event.key === 'Enter') {
      event.preventDefault();
      add(typed);
    }
  };
  return (
    <Box mt={1}>
      <FormField
        fullWidth
        margin="dense"
        label={label}
        placeholder={placeholder}
        helperText={helperText}
        error={error}
        value={typed}
        onKeyDown={onKeyDown}
        onBlur={() => add(typed)}
        onChange={event => {
          const text = event.target.value;
          if (text.includes(',')) {
            add(text);
          } else {
            setTyped(text);
          }
        }}
      />
      {values.length > 0 && (
        <Box role="list" aria-label={label}>
          {values.map(value => (
            <Chip
              key={value}
              // Not a button itself: the cross inside it is the one.
              role="listitem"
              tabIndex={-1}
              size="small"
              label={value}
              style={{ margin: 2 }}
              onDelete={() => onChange(values.filter(v => v !== value))}
              deleteIcon={
                <IconButton
                  aria-label={`Remove ${value}`}
                  style={{ padding: 0 }}
                >
                  <CancelIcon style={{ width: '100%', height: '100%' }} />
                </IconButton>
              }
            />
          ))}
        </Box>
      )}
    </Box>
  );
};
