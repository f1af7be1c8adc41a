import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { WorkshopTurn } from '@zooport/plugin-zooport-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { useDebounced } from '../../../hooks/useDebounced';
import { FormField } from '../../shared/FormDialog';

/** How long the scribe's typing rests before it is saved. */
export const SCRIBE_PAUSE_MS = 1000;

type Saving = 'saved' | 'saving' | { failed: string } | undefined;

/**
 * The scribe's record of the steps the participant takes, saved once
 * typing rests or the scribe leaves the box; the last save wins.
 */
export const ScribeBox = (props: { teamRef: string; turn: WorkshopTurn }) => {
  const { teamRef, turn } = props;
  const zooportApi = useApi(zooportApiRef);
  const [steps, setSteps] = useState(turn.steps);
  const settled = useDebounced(steps, SCRIBE_PAUSE_MS);
  const lastSaved = useRef(turn.steps);
  const [saving, setSaving] = useState<Saving>();
  const save = useCallback(
    (text: string) => {
      if (text === lastSaved.current) {
        return;
      }
      lastSaved.current = text;
      setSaving('saving');
      zooportApi
        .saveTurnSteps(teamRef, turn.workshopId, turn.id, text)
        .then(() => setSaving('saved'))
        .catch(error => setSaving({ failed: problemOf(error) }));
    },
    [zooportApi, teamRef, turn.workshopId, turn.id],
  );
  useEffect(() => save(settled), [save, settled]);
  // What was typed in the last pause is saved too when the scribe leaves
  // the box, e.g. to draw the next card, or the turn's box goes away.
  const latest = useRef(steps);
  latest.current = steps;
  useEffect(() => () => save(latest.current), [save]);
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
        onBlur={() => save(steps)}
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
