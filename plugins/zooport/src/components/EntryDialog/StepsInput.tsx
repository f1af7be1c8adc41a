import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/DeleteOutline';
import { PlaybookStep } from '@zooport/plugin-zooport-common';
import { FormField } from '../FormDialog';

/** A playbook's steps in order: each a title and what to do (markdown). */
export const StepsInput = (props: {
  steps: PlaybookStep[];
  onChange: (steps: PlaybookStep[]) => void;
}) => {
  const { steps, onChange } = props;
  const change = (index: number, patch: Partial<PlaybookStep>) =>
    onChange(steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <Box component="fieldset" border={0} p={0} m={0} mt={2}>
      <Typography component="legend" variant="subtitle2">
        Steps
      </Typography>
      {steps.map((step, index) => (
        <Box key={index} display="flex" alignItems="flex-start">
          <Box flex={1}>
            <FormField
              fullWidth
              required
              margin="dense"
              label={`Step ${index + 1}`}
              value={step.title}
              onChange={event => change(index, { title: event.target.value })}
            />
            <FormField
              fullWidth
              multiline
              margin="dense"
              label={`What to do in step ${index + 1} (markdown)`}
              value={step.body}
              onChange={event => change(index, { body: event.target.value })}
            />
          </Box>
          <IconButton
            aria-label={`Remove step ${index + 1}`}
            onClick={() => onChange(steps.filter((_s, i) => i !== index))}
          >
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...steps, { title: '', body: '' }])}
      >
        Add step
      </Button>
    </Box>
  );
};
