import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import Grid from '@material-ui/core/Grid';
import { IsoWeekday } from '@zooport/plugin-zooport-common';
import { ChoiceField, FormField } from '../../../shared/FormDialog';
import {
  ChipsInput,
  Fieldset,
  Problems,
  RowsInput,
  problemProps,
} from '../../../shared/EditorFields';
import { weekdayChoices, weekdays } from '../../../../weekdays';
import { ProfileDraft, WeeklyRange, nextWeeklyRange } from './profileDraft';

type HoursDraft = Pick<
  ProfileDraft,
  'timeZone' | 'weekly' | 'holidays' | 'supportDays'
>;

/**
 * When the desk answers: its zone, its weekly opening ranges (several a
 * day if it likes), the days it works at all, and its holidays.
 */
export const SupportHoursFields = (props: {
  hours: HoursDraft;
  problems: Problems;
  onChange: (patch: Partial<HoursDraft>) => void;
}) => {
  const { hours, problems, onChange } = props;
  const toggleDay = (day: IsoWeekday, on: boolean) =>
    onChange({
      supportDays: on
        ? [...hours.supportDays, day]
        : hours.supportDays.filter(d => d !== day),
    });
  return (
    <Fieldset legend="Support hours" level="section">
      <FormField
        fullWidth
        required
        margin="dense"
        label="Time zone"
        value={hours.timeZone}
        onChange={event => onChange({ timeZone: event.target.value })}
        {...problemProps(
          problems,
          'hours.timeZone',
          'The IANA zone of the desk’s wall clock, e.g. Europe/Berlin',
        )}
      />
      <RowsInput<WeeklyRange>
        legend="Open"
        rowName="opening range"
        problem={problems['hours.weekly']}
        emptyText="No opening hours: business-hour SLA clocks never run."
        rows={hours.weekly}
        newRow={nextWeeklyRange}
        onChange={weekly => onChange({ weekly })}
        renderRow={(range, i, change) => (
          <Grid container spacing={1}>
            <Grid item xs={4}>
              <ChoiceField
                fullWidth
                margin="dense"
                label={`Day of range ${i + 1}`}
                value={String(range.day)}
                choices={weekdayChoices}
                onChange={day => change({ day: Number(day) as IsoWeekday })}
              />
            </Grid>
            <Grid item xs={4}>
              <FormField
                fullWidth
                margin="dense"
                type="time"
                label={`Opens (range ${i + 1})`}
                InputLabelProps={{ shrink: true }}
                value={range.start}
                onChange={event => change({ start: event.target.value })}
                {...problemProps(problems, `hours.weekly.${i}.start`)}
              />
            </Grid>
            <Grid item xs={4}>
              <FormField
                fullWidth
                margin="dense"
                type="time"
                label={`Closes (range ${i + 1})`}
                InputLabelProps={{ shrink: true }}
                value={range.end}
                onChange={event => change({ end: event.target.value })}
                {...problemProps(problems, `hours.weekly.${i}.end`)}
              />
            </Grid>
          </Grid>
        )}
      />
      <Fieldset legend="Support days">
        {weekdays.map(({ day, label }) => (
          <FormControlLabel
            key={day}
            label={label.slice(0, 3)}
            control={
              <Checkbox
                checked={hours.supportDays.includes(day)}
                onChange={event => toggleDay(day, event.target.checked)}
                inputProps={{ 'aria-label': `Supports on ${label}` }}
              />
            }
          />
        ))}
        <FormHelperText>
          On other days only the fallback is on duty and business-hour SLA
          clocks stop. None ticked: every day.
        </FormHelperText>
      </Fieldset>
      <ChipsInput
        label="Holidays"
        placeholder="2026-12-24"
        values={hours.holidays}
        onChange={holidays => onChange({ holidays })}
        {...problemProps(
          problems,
          'hours.holidays',
          'Dates the desk is closed, YYYY-MM-DD, separated by commas',
        )}
      />
    </Fieldset>
  );
};
