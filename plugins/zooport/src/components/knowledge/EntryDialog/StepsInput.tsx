import { PlaybookStep } from '@zooport/plugin-zooport-common';
import { RowsInput } from '../../shared/EditorFields';
import { FormField } from '../../shared/FormDialog';

/** A playbook's steps in order: each a title and what to do (markdown). */
export const StepsInput = (props: {
  steps: PlaybookStep[];
  onChange: (steps: PlaybookStep[]) => void;
}) => (
  <RowsInput<PlaybookStep>
    legend="Steps"
    rowName="step"
    rows={props.steps}
    newRow={() => ({ title: '', body: '' })}
    onChange={props.onChange}
    renderRow={(step, index, change) => (
      <>
        <FormField
          fullWidth
          required
          margin="dense"
          label={`Step ${index + 1}`}
          value={step.title}
          onChange={event => change({ title: event.target.value })}
        />
        <FormField
          fullWidth
          multiline
          margin="dense"
          label={`What to do in step ${index + 1} (markdown)`}
          value={step.body}
          onChange={event => change({ body: event.target.value })}
        />
      </>
    )}
  />
);
