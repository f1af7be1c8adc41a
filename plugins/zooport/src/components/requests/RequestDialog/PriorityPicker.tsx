import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  ImpactLevel,
  RequestPriority,
  UrgencyLevel,
  impactLevels,
  priorityOf,
} from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';
import { FormField } from '../../shared/FormDialog';

/** Impact and urgency as picked; '' while the person is not sure. */
export interface PriorityLevels {
  impact: ImpactLevel | '';
  urgency: UrgencyLevel | '';
}

/** The backend takes impact and urgency together, or neither. */
export function isCompleteOrEmpty(levels: PriorityLevels): boolean {
  return (levels.impact === '') === (levels.urgency === '');
}

/** Impact and urgency are asked on the same scale: high, medium, low. */
type Level = PriorityLevels['impact'] & PriorityLevels['urgency'];

const LevelSelect = (props: {
  label: string;
  helperText: string;
  value: Level;
  onChange: (value: Level) => void;
}) => (
  <FormField
    select
    fullWidth
    margin="dense"
    label={props.label}
    helperText={props.helperText}
    value={props.value}
    onChange={event => props.onChange(event.target.value as Level)}
    SelectProps={{ native: true }}
    InputLabelProps={{ shrink: true }}
  >
    <option value="">Not sure</option>
    {impactLevels.map(level => (
      <option key={level} value={level}>
        {labelOf(level)}
      </option>
    ))}
  </FormField>
);

const levelQuestions = [
  {
    level: 'impact',
    label: 'Impact',
    helperText: 'How many people or systems it hurts',
  },
  {
    level: 'urgency',
    label: 'Urgency',
    helperText: 'How soon you are blocked',
  },
] as const;

function priorityText(
  levels: PriorityLevels,
  defaultPriority: RequestPriority,
): string {
  if (levels.impact && levels.urgency) {
    return `Priority: ${labelOf(priorityOf(levels.impact, levels.urgency))}`;
  }
  if (!levels.impact && !levels.urgency) {
    return `Priority: ${labelOf(defaultPriority)}, the default of this type`;
  }
  return 'Choose both impact and urgency, or neither.';
}

/** Impact and urgency, and the priority they give (the priority matrix). */
export const PriorityPicker = (props: {
  levels: PriorityLevels;
  defaultPriority: RequestPriority;
  onChange: (levels: PriorityLevels) => void;
}) => {
  const { levels, defaultPriority, onChange } = props;
  return (
    <Box mt={1}>
      <Grid container spacing={2}>
        {levelQuestions.map(question => (
          <Grid item xs={6} key={question.level}>
            <LevelSelect
              label={question.label}
              helperText={question.helperText}
              value={levels[question.level]}
              onChange={value =>
                onChange({ ...levels, [question.level]: value })
              }
            />
          </Grid>
        ))}
      </Grid>
      <Typography
        variant="body2"
        color={isCompleteOrEmpty(levels) ? 'textPrimary' : 'error'}
      >
        {priorityText(levels, defaultPriority)}
      </Typography>
    </Box>
  );
};
