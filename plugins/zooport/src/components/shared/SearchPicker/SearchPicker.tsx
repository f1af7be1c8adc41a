import CircularProgress from '@material-ui/core/CircularProgress';
import Autocomplete, {
  AutocompleteRenderInputParams,
} from '@material-ui/lab/Autocomplete';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useDebounced } from '../../../hooks/useDebounced';
import { useSteadyChoice } from './useSteadyChoice';
import { FormField } from '../FormDialog';

/** One choice of a picker: what is stored, and how people recognise it. */
export interface PickerOption {
  value: string;
  label: string;
  /** A second line, e.g. the desk or the status. */
  detail?: string;
}

/** How long typing rests before the picker asks again. */
const typingPauseMs = 250;

/** What people type, and what `search` found for it once they paused. */
export function useTypedSearch(
  search: (text: string) => Promise<PickerOption[]>,
) {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, typingPauseMs);
  const found = useAsync(() => search(query.trim()), [query, search]);
  return { found, setTyped };
}

/** The props every picker hands its Autocomplete: options as found, in order. */
export function pickerProps(found: ReturnType<typeof useTypedSearch>['found']) {
  return {
    options: found.value ?? [],
    loading: found.loading,
    // The backend has matched already; the picker keeps its order.
    filterOptions: (options: PickerOption[]) => options,
    getOptionLabel: (option: PickerOption) => option.label,
    getOptionSelected: (option: PickerOption, chosen: PickerOption) =>
      option.value === chosen.value,
    renderOption: (option: PickerOption) => (
      <div>
        <div>{option.label}</div>
        {option.detail && (
          <small style={{ opacity: 0.7 }}>{option.detail}</small>
        )}
      </div>
    ),
    noOptionsText: found.error ? found.error.message : 'Nothing matches',
  };
}

/** The picker's text field, with a spinner while it searches. */
export function PickerInput(
  props: AutocompleteRenderInputParams & {
    label: string;
    required?: boolean;
    helperText?: string;
    error?: boolean;
    searching: boolean;
  },
) {
  const { searching, ...params } = props;
  return (
    <FormField
      {...params}
      fullWidth
      margin="dense"
      InputProps={{
        ...params.InputProps,
        endAdornment: (
          <>
            {searching && <CircularProgress size={16} />}
            {params.InputProps.endAdornment}
          </>
        ),
      }}
    />
  );
}

/**
 * A field that finds what it stores by name: people type words, the picker
 * asks `search` for matches, and the chosen option's `value` (an id or a
 * ref, never typed by hand) is what the form keeps.
 */
export const SearchPicker = (props: {
  label: string;
  required?: boolean;
  helperText?: string;
  value: PickerOption | null;
  onChange: (option: PickerOption | null) => void;
  search: (text: string) => Promise<PickerOption[]>;
}) => {
  const { label, required, helperText, value, onChange, search } = props;
  const { found, setTyped } = useTypedSearch(search);
  const chosen = useSteadyChoice(value);
  return (
    <Autocomplete
      {...pickerProps(found)}
      value={chosen}
      onInputChange={(_event, text) => setTyped(text)}
      onChange={(_event, option) => onChange(option)}
      renderInput={params => (
        <PickerInput
          {...params}
          label={label}
          required={required}
          helperText={helperText}
          searching={found.loading}
        />
      )}
    />
  );
};
