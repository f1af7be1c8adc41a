import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { WorkshopTurn } from '@zooport/plugin-zooport-common';
import { useEffect, useRef, useState } from 'react';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { useDebounced } from '../../../hooks/useDebounced';
import { FormField } from '../../shared/FormDialog';

/** How long the scribe's typing rests before it is saved. */
export const SCRIBE_PAUSE_MS = 1000;

type Saving = 'saved' | 'saving' | { failed: string } | undefined;

/**
 * The scribe's record of the steps the participant takes, saved once
 * typing rests; the last save wins.
 */
export const ScribeBox = (props: { teamRef: string; turn: WorkshopTurn }) => {
  const { teamRef, turn } = props;
  const zooportApi = useApi(zooportApiRef);
  const [steps, setSteps] = useState(turn.steps);
  const settled = useDebounced(steps, SCRIBE_PAUSE_MS);
  const lastSaved = useRef(turn.steps);
  const [saving, setSaving] = useState<Saving>();
  useEffect(() => {
    if (settled === lastSaved.current) {
      return;
    }
    lastSaved.current = settled;
    setSaving('saving');
    zooportApi
      .saveTurnSteps(teamRef, turn.workshopId, turn.id, settled)
      .then(() => setSaving('saved'))
      .catch(error => setSaving({ failed: problemOf(error) }));
  }, [zooportApi, teamRef, turn.workshopId, turn.id, settled]);
  return (
    <>
      <FormField
        fullWidth
        multiline
        minRows={6}
        variant="outlined"
        margin="dense"
        label="Scribe: the steps taken"
        helperText="Saved as you type. Markdown."
        value={steps}
        onChange={event => setSteps(event.target.value)}
      />
      <Typography variant="caption" color="textSecondary" role="status">
        {saving === 'saving' && 'Saving…'}
        {saving === 'saved' && 'Saved'}
      </Typography>
      {typeof saving === 'object' && (
        <Typography variant="caption" color="error" role="alert">
          Not saved: {saving.failed}
        </Typography>
      )}
    </>
  );
};
