import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import Grid from '@material-ui/core/Grid';
import { IsoWeekday } from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { weekdayChoices } from '../../../../weekdays';
import { Fieldset, Problems, problemProps } from '../../../shared/EditorFields';
import { ChoiceField, FormField } from '../../../shared/FormDialog';
import { DigestsDraft } from './digestsDraft';

type Kind = keyof DigestsDraft;

/** What each digest is called, and who gets it. */
const described: Record<Kind, { name: string; to: string }> = {
  daily: {
    name: 'Daily digest',
    to: 'To the people on duty, on support days.',
  },
  weekly: {
    name: 'Weekly report',
    to: 'To the team and its lead: the week before, against the one before that.',
  },
  planning: {
    name: 'Planning reminder',
    to: 'To the team and its lead: who is on support next week, and when nobody is.',
  },
};

/**
 * When the desk's digests and its planning reminder go out: each on or
 * off, at a time on the desk's wall clock (its zone named), the weekly ones
 * on a weekday.
 */
export const DigestFields = (props: {
  digests: DigestsDraft;
  /** The zone the times are read in: the desk's wall clock. */
  timeZone: string;
  problems: Problems;
  onChange: (digests: DigestsDraft) => void;
}) => {
  const { digests, timeZone, problems, onChange } = props;
  const change = <K extends Kind>(kind: K, patch: Partial<DigestsDraft[K]>) =>
    onChange({ ...digests, [kind]: { ...digests[kind], ...patch } });

  const row = (kind: Kind, weekday?: ReactNode) => {
    const { name, to } = described[kind];
    const settings = digests[kind];
    return (
      <Fieldset key={kind} legend={name}>
        <FormControlLabel
          label={`Send the ${name.toLocaleLowerCase('en-US')}`}
          control={
            <Checkbox
              checked={settings.enabled}
              onChange={event =>
                change(kind, { enabled: event.target.checked })
              }
            />
          }
        />
        <Grid container spacing={1}>
          {weekday && (
            <Grid item xs={6}>
              {weekday}
            </Grid>
          )}
          <Grid item xs={6}>
            <FormField
              fullWidth
              margin="dense"
              type="time"
              label={`${name} at (${timeZone})`}
              InputLabelProps={{ shrink: true }}
              value={settings.time}
              onChange={event => change(kind, { time: event.target.value })}
              {...problemProps(problems, `digests.${kind}.time`)}
            />
          </Grid>
        </Grid>
        <FormHelperText>{to}</FormHelperText>
      </Fieldset>
    );
  };

  const weekdayOf = (kind: 'weekly' | 'planning') => (
    <ChoiceField
      fullWidth
      margin="dense"
      label={`${described[kind].name} on`}
      value={String(digests[kind].weekday)}
      choices={weekdayChoices}
      onChange={day => change(kind, { weekday: Number(day) as IsoWeekday })}
    />
  );

  return (
    <Fieldset legend="Digests and reminders" level="section">
      <FormHelperText>
        Times are on the desk’s wall clock, {timeZone}. They are sent as
        Backstage notifications, and to the desk’s webhook.
      </FormHelperText>
      {row('daily')}
      {row('weekly', weekdayOf('weekly'))}
      {row('planning', weekdayOf('planning'))}
    </Fieldset>
  );
};
