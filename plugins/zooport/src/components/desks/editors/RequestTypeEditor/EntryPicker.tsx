import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import Typography from '@material-ui/core/Typography';
import { problemOf } from '../../../../errors';
import { useKnowledgeSearch } from '../../../../hooks/useKnowledgeSearch';
import { Fieldset } from '../../../shared/EditorFields';

/**
 * Which of the desk's FAQ entries and playbooks a requester sees before
 * filing. Linked entries the desk's list does not hold (another desk's, or
 * deleted) stay listed by id, so that they can be unlinked.
 */
export const EntryPicker = (props: {
  teamRef: string;
  entryIds: string[];
  problem?: string;
  onChange: (entryIds: string[]) => void;
}) => {
  const { teamRef, entryIds, problem, onChange } = props;
  const { value, loading, error } = useKnowledgeSearch({ desk: teamRef });
  const entries = (value?.entries ?? []).map(entry => ({
    id: entry.id,
    title: entry.title,
  }));
  const known = new Set(entries.map(entry => entry.id));
  const choices = [
    ...entries,
    ...entryIds
      .filter(id => !known.has(id))
      .map(id => ({ id, title: `Entry ${id}` })),
  ];
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...entryIds, id] : entryIds.filter(e => e !== id));
  return (
    <Fieldset legend="Read this first">
      {loading && <Progress />}
      {error && (
        <Typography color="error">
          The desk’s entries cannot be listed: {problemOf(error)}
        </Typography>
      )}
      {!loading && !error && choices.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          The desk has no FAQ entries or playbooks yet.
        </Typography>
      )}
      <Box
        maxHeight={200}
        overflow="auto"
        display="flex"
        flexDirection="column"
      >
        {choices.map(choice => (
          <FormControlLabel
            key={choice.id}
            label={choice.title}
            control={
              <Checkbox
                size="small"
                checked={entryIds.includes(choice.id)}
                onChange={event => toggle(choice.id, event.target.checked)}
              />
            }
          />
        ))}
      </Box>
      <FormHelperText error={Boolean(problem)}>
        {problem ??
          'Shown to the requester before filing a request of this type.'}
      </FormHelperText>
    </Fieldset>
  );
};
