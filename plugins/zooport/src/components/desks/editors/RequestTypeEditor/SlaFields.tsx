import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { requestPriorities } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../../labels';
import { formatMinutes } from '../../../../time';
import { Fieldset, Problems, problemProps } from '../../../shared/EditorFields';
import { ChoiceField, FormField } from '../../../shared/FormDialog';
import { minutesOf } from '../../../../time';
import { RequestTypeDraft, SlaDraft } from './requestTypeDraft';

export const clockChoices = [
  { value: 'business', label: 'Support hours' },
  { value: 'always', label: 'Around the clock' },
];

/** How a typed span reads back, so that "90" shows as "1 h 30 min". */
function spanHint(text: string): string | undefined {
  const minutes = minutesOf(text);
  return minutes ? `= ${formatMinutes(minutes)}` : undefined;
}

/**
 * The SLA targets per priority: first response and resolution as spans
 * ("45 min", "4 h", "2 h 30 min"), and whether they count support hours
 * only or every minute.
 */
export const SlaFields = (props: {
  sla: RequestTypeDraft['sla'];
  problems: Problems;
  onChange: (sla: RequestTypeDraft['sla']) => void;
}) => {
  const { sla, problems, onChange } = props;
  return (
    <Fieldset legend="SLA targets">
      {requestPriorities.map(priority => {
        const target = sla[priority];
        const path = `sla.${priority}`;
        const label = labelOf(priority);
        const change = (patch: Partial<SlaDraft>) =>
          onChange({ ...sla, [priority]: { ...target, ...patch } });
        return (
          <Grid container spacing={1} key={priority} alignItems="flex-start">
            <Grid item xs={2}>
              <Box pt={3}>
                <Typography variant="body2">{label}</Typography>
              </Box>
            </Grid>
            <Grid item xs={3}>
              <FormField
                fullWidth
                margin="dense"
                label="First response"
                inputProps={{ 'aria-label': `${label}: first response` }}
                value={target.firstResponse}
                onChange={event =>
                  change({ firstResponse: event.target.value })
                }
                {...problemProps(
                  problems,
                  `${path}.firstResponseMinutes`,
                  spanHint(target.firstResponse),
                )}
              />
            </Grid>
            <Grid item xs={3}>
              <FormField
                fullWidth
                margin="dense"
                label="Resolution"
                inputProps={{ 'aria-label': `${label}: resolution` }}
                value={target.resolution}
                onChange={event => change({ resolution: event.target.value })}
                {...problemProps(
                  problems,
                  `${path}.resolutionMinutes`,
                  spanHint(target.resolution),
                )}
              />
            </Grid>
            <Grid item xs={4}>
              <ChoiceField
                fullWidth
                margin="dense"
                label="Clock"
                inputProps={{ 'aria-label': `${label}: clock` }}
                value={target.clock}
                choices={clockChoices}
                onChange={clock =>
                  change({ clock: clock as SlaDraft['clock'] })
                }
              />
            </Grid>
          </Grid>
        );
      })}
    </Fieldset>
  );
};
