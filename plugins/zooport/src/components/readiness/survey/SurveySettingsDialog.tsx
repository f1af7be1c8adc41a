import { useApi } from '@backstage/core-plugin-api';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import {
  SURVEY_LAST_DAY,
  SurveySettings,
} from '@zooport/plugin-zooport-common';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import {
  FormDialog,
  FormField,
  wholeNumberBetween,
} from '../../shared/FormDialog';

const isDay = (text: string) => wholeNumberBetween(text, 1, SURVEY_LAST_DAY);

/** Whether the survey goes out, and on which day of the month. */
export const SurveySettingsDialog = (props: {
  teamRef: string;
  settings: SurveySettings;
  onSaved: () => void;
  onClose: () => void;
}) => {
  const { teamRef, settings, onSaved, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change] = useDraft({
    enabled: settings.enabled,
    dayOfMonth: String(settings.dayOfMonth),
  });
  const save = async () => {
    await zooportApi.saveSurveySettings(teamRef, {
      enabled: draft.enabled,
      dayOfMonth: Number(draft.dayOfMonth),
    });
    onSaved();
  };
  return (
    <FormDialog
      title="Confidence survey"
      submitLabel="Save"
      ready={isDay(draft.dayOfMonth)}
      onSubmit={save}
      onClose={onClose}
    >
      <FormControlLabel
        control={
          <Switch
            checked={draft.enabled}
            onChange={event => change({ enabled: event.target.checked })}
            color="primary"
          />
        }
        label="Ask the team every month"
      />
      <FormField
        fullWidth
        margin="dense"
        type="number"
        label="Day of the month"
        value={draft.dayOfMonth}
        inputProps={{ min: 1, max: SURVEY_LAST_DAY }}
        error={!isDay(draft.dayOfMonth)}
        helperText={`1 to ${SURVEY_LAST_DAY}, on the desk's clock`}
        onChange={event => change({ dayOfMonth: event.target.value })}
      />
    </FormDialog>
  );
};
