import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useSuggestions } from '../../../hooks/useSuggestions';
import { EntryList } from '../../knowledge/EntryList';

/** The backend suggests at most this many; the dialog has room for no more. */
const MAX_SUGGESTIONS = 5;

/**
 * Entries that may answer the question being typed, so that the person
 * need not wait for a desk. They open in a new tab: the form stays filled.
 */
export const FaqSuggestions = (props: {
  title: string;
  entityRef?: string;
}) => {
  // Suggestions are a help, not a step: when they fail, the form goes on.
  const { value } = useSuggestions(props.title, props.entityRef);
  const entries = value?.entries.slice(0, MAX_SUGGESTIONS) ?? [];
  if (entries.length === 0) {
    return null;
  }
  return (
    <Box
      component="section"
      mt={1}
      mb={1}
      aria-label="This may answer your question"
    >
      <Typography variant="subtitle2">This may answer your question</Typography>
      <EntryList compact excerpts={false} items={entries} linkTarget="_blank" />
    </Box>
  );
};
