import Box from '@material-ui/core/Box';
import { useEffect, useState } from 'react';
import { ChoiceField, FormField } from '../../shared/FormDialog';
import {
  InsightsRange,
  RangePreset,
  customRange,
  rangePresets,
} from './insightsRange';

const DayField = (props: {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) => (
  <FormField
    label={props.label}
    type="date"
    value={props.value}
    onChange={event => props.onChange(event.target.value)}
    error={Boolean(props.error)}
    helperText={props.error}
    InputLabelProps={{ shrink: true }}
  />
);

/**
 * Picks the days of a report: a preset up to today, or chosen days, taken
 * once both make a range of at most 366 days.
 */
export const RangePicker = (props: {
  range: InsightsRange;
  onChange: (range: Pick<InsightsRange, 'preset' | 'from' | 'to'>) => void;
}) => {
  const { range, onChange } = props;
  const [draft, setDraft] = useState({ from: range.from, to: range.to });
  useEffect(
    () => setDraft({ from: range.from, to: range.to }),
    [range.from, range.to],
  );
  const changeDay = (day: Partial<typeof draft>) => {
    const next = { ...draft, ...day };
    setDraft(next);
    if (customRange(next.from, next.to)) {
      onChange({ preset: 'custom', ...next });
    }
  };
  const invalid = !customRange(draft.from, draft.to);
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
      <ChoiceField
        label="Range"
        value={range.preset}
        choices={rangePresets.map(({ value, label }) => ({ value, label }))}
        onChange={preset =>
          onChange({ ...range, preset: preset as RangePreset })
        }
      />
      {range.preset === 'custom' && (
        <>
          <DayField
            label="From"
            value={draft.from}
            onChange={from => changeDay({ from })}
          />
          <DayField
            label="To"
            value={draft.to}
            error={
              invalid
                ? 'Pick a day on or after the first, at most 366 days on'
                : undefined
            }
            onChange={to => changeDay({ to })}
          />
        </>
      )}
    </Box>
  );
};
