import { MarkdownContent } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { useState } from 'react';

/**
 * What a good investigation finds, hidden until the facilitator reveals
 * it: the room shares one screen.
 */
export const FacilitatorNotes = (props: { notes: string; shown?: boolean }) => {
  const [shown, setShown] = useState(props.shown ?? false);
  if (!props.notes.trim()) {
    return null;
  }
  return (
    <Box mt={2}>
      <Button
        variant="outlined"
        size="small"
        aria-expanded={shown}
        onClick={() => setShown(!shown)}
      >
        {shown
          ? 'Hide the facilitator’s notes'
          : 'Reveal the facilitator’s notes'}
      </Button>
      {shown && (
        <Box mt={1}>
          <MarkdownContent content={props.notes} />
        </Box>
      )}
    </Box>
  );
};
