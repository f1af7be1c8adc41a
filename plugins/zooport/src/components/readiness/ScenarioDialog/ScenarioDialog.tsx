import { useApi } from '@backstage/core-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import {
  Scenario,
  ScenarioDifficulty,
  scenarioDifficulties,
} from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import { useGuardedSave } from '../../../hooks/useGuardedSave';
import { RowsInput } from '../../shared/EditorFields';
import { ChoiceField, FormDialog, FormField } from '../../shared/FormDialog';
import { PlaybookChoice } from './PlaybookChoice';
import { ScenarioVersions } from './ScenarioVersions';
import { isScenarioComplete, scenarioDraftOf } from './scenarioDraft';

const difficultyChoices = scenarioDifficulties.map(value => ({
  value,
  label: value[0].toUpperCase() + value.slice(1),
}));

/**
 * Writes a scenario of a desk's deck: a new one, or a new version of
 * `scenario` (with its earlier versions to view and restore). A save after
 * someone else's is refused, and the dialog says so; `onClose` gets
 * `stale` so that the caller loads their version.
 */
export const ScenarioDialog = (props: {
  teamRef: string;
  scenario?: Scenario;
  onSaved: (scenario: Scenario) => void;
  onClose: (stale: boolean) => void;
}) => {
  const { teamRef, scenario, onSaved, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change] = useDraft(() => scenarioDraftOf(scenario));
  const send = useCallback(async () => {
    onSaved(
      scenario
        ? await zooportApi.updateScenario(
            teamRef,
            scenario.id,
            draft,
            scenario.revision,
          )
        : await zooportApi.createScenario(teamRef, draft),
    );
  }, [zooportApi, teamRef, scenario, draft, onSaved]);
  const { save, stale } = useGuardedSave('the scenario', send);
  return (
    <FormDialog
      title={scenario ? 'Edit the scenario' : 'New scenario'}
      submitLabel={scenario ? 'Save' : 'Create'}
      ready={isScenarioComplete(draft)}
      onSubmit={save}
      onClose={() => onClose(stale)}
    >
      <FormField
        fullWidth
        required
        margin="dense"
        label="Title"
        value={draft.title}
        inputProps={{ maxLength: 300 }}
        onChange={event => change({ title: event.target.value })}
      />
      <FormField
        fullWidth
        required
        multiline
        minRows={3}
        margin="dense"
        label="What happens"
        helperText="As the person on duty first hears of it: an alert, a chat message, a tap on the shoulder. Markdown."
        value={draft.opening}
        onChange={event => change({ opening: event.target.value })}
      />
      <FormField
        fullWidth
        multiline
        minRows={4}
        margin="dense"
        label="Evidence"
        helperText="Handed over when asked: log lines, a chat message, what the dashboards show. Markdown."
        value={draft.evidence}
        onChange={event => change({ evidence: event.target.value })}
      />
      <RowsInput
        legend="Links"
        rowName="link"
        rows={draft.links}
        newRow={() => ({ title: '', url: '' })}
        onChange={links => change({ links })}
        renderRow={(link, index, changeLink) => (
          <>
            <FormField
              fullWidth
              margin="dense"
              label={`Link ${index + 1} title`}
              value={link.title}
              onChange={event => changeLink({ title: event.target.value })}
            />
            <FormField
              fullWidth
              margin="dense"
              label={`Link ${index + 1} address`}
              value={link.url}
              onChange={event => changeLink({ url: event.target.value })}
            />
          </>
        )}
      />
      <PlaybookChoice
        teamRef={teamRef}
        value={draft.playbookIds}
        onChange={playbookIds => change({ playbookIds })}
      />
      <ChoiceField
        fullWidth
        margin="dense"
        label="Difficulty"
        value={draft.difficulty}
        choices={difficultyChoices}
        onChange={difficulty =>
          change({ difficulty: difficulty as ScenarioDifficulty })
        }
      />
      <FormField
        fullWidth
        multiline
        minRows={3}
        margin="dense"
        label="Notes for the facilitator"
        helperText="What a good investigation finds. Hidden in the room until revealed. Markdown."
        value={draft.facilitatorNotes}
        onChange={event => change({ facilitatorNotes: event.target.value })}
      />
      <FormControlLabel
        label="Draft: kept out of the draws"
        control={
          <Checkbox
            checked={draft.draft}
            onChange={event => change({ draft: event.target.checked })}
          />
        }
      />
      {scenario && (
        <ScenarioVersions
          teamRef={teamRef}
          scenario={scenario}
          onRestored={onSaved}
        />
      )}
    </FormDialog>
  );
};
