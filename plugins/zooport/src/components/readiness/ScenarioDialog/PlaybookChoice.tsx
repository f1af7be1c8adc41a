import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import { useDeskPlaybooks } from '../../../hooks/useDeskPlaybooks';
import { Fieldset } from '../../shared/EditorFields';

/** The desk's playbooks, ticked when they should help with the scenario. */
export const PlaybookChoice = (props: {
  teamRef: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) => {
  const { teamRef, value, onChange } = props;
  const playbooks = useDeskPlaybooks(teamRef);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter(one => one !== id));
  return (
    <Fieldset legend="Playbooks that should help">
      {playbooks.value?.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          The desk has no playbooks yet.
        </Typography>
      )}
      {playbooks.error && (
        <Typography variant="body2" color="error">
          The desk's playbooks could not be loaded.
        </Typography>
      )}
      {playbooks.value?.map(playbook => (
        <FormControlLabel
          key={playbook.id}
          label={playbook.title}
          control={
            <Checkbox
              checked={value.includes(playbook.id)}
              onChange={event => toggle(playbook.id, event.target.checked)}
            />
          }
        />
      ))}
    </Fieldset>
  );
};
