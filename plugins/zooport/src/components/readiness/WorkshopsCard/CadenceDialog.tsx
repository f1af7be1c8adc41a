import { useApi } from '@backstage/core-plugin-api';
import { WorkshopCadence } from '@zooport/plugin-zooport-common';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import {
  ChoiceField,
  FormDialog,
  FormField,
  wholeNumberBetween,
} from '../../shared/FormDialog';

const unitChoices = [
  { value: 'weeks', label: 'Weeks' },
  { value: 'months', label: 'Months' },
];

const isEvery = (text: string) => wholeNumberBetween(text, 1, 12);

/** How often the desk means to hold a workshop: every 1–12 weeks or months. */
export const CadenceDialog = (props: {
  teamRef: string;
  cadence: WorkshopCadence;
  onSaved: () => void;
  onClose: () => void;
}) => {
  const { teamRef, cadence, onSaved, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change] = useDraft({
    every: String(cadence.every),
    unit: cadence.unit,
  });
  const save = async () => {
    await zooportApi.saveWorkshopCadence(teamRef, {
      every: Number(draft.every),
      unit: draft.unit,
    });
    onSaved();
  };
  return (
    <FormDialog
      title="Workshop cadence"
      submitLabel="Save"
      ready={isEvery(draft.every)}
      onSubmit={save}
      onClose={onClose}
    >
      <FormField
        fullWidth
        margin="dense"
        type="number"
        label="A workshop every"
        value={draft.every}
        inputProps={{ min: 1, max: 12 }}
        error={!isEvery(draft.every)}
        helperText="1 to 12"
        onChange={event => change({ every: event.target.value })}
      />
      <ChoiceField
        fullWidth
        margin="dense"
        label="Unit"
        value={draft.unit}
        choices={unitChoices}
        onChange={unit => change({ unit: unit as WorkshopCadence['unit'] })}
      />
    </FormDialog>
  );
};
