import { InfoCard, ResponseErrorPanel } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  DeskAnimal as Animal,
  Suggestions,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { useSuggestions } from '../../../hooks/useSuggestions';
import { DeskAnimal } from '../../desks/DeskAnimal';
import { EntryList } from '../../knowledge/EntryList';
import { RequestSupportButton } from '../../requests/RequestDialog';
import { FormField } from '../../shared/FormDialog';

const MatchingDesks = ({ desks }: { desks: Suggestions['desks'] }) => (
  <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
    {desks.map(desk => (
      <Box component="li" key={desk.teamRef} mb={2}>
        <DeskAnimal animal={desk.animal} />
        <Box ml={6.5}>
          <EntityRefLink entityRef={desk.teamRef} defaultKind="group" />
          <Box display="flex" flexWrap="wrap" alignItems="center" mt={0.5}>
            <Typography variant="body2" color="textSecondary">
              Knows about
            </Typography>
            {desk.matchedTopics.map(topic => (
              <Box key={topic} ml={0.5}>
                <Chip size="small" label={topic} />
              </Box>
            ))}
          </Box>
          <Box mt={1}>
            <RequestSupportButton
              teamRef={desk.teamRef}
              animal={desk.animal}
              variant="outlined"
            />
          </Box>
        </Box>
      </Box>
    ))}
  </Box>
);

const Answers = (props: {
  question: string;
  suggestions: Suggestions;
  animalOf: (teamRef: string) => Animal | undefined;
}) => {
  const { question, suggestions, animalOf } = props;
  const { desks, entries } = suggestions;
  if (desks.length === 0 && entries.length === 0) {
    return (
      <Typography color="textSecondary">
        No animal knows about “{question.trim()}” yet. Look through the zoo
        below, or try other words.
      </Typography>
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <Typography variant="subtitle2" gutterBottom>
          Ask
        </Typography>
        {desks.length > 0 ? (
          <MatchingDesks desks={desks} />
        ) : (
          <Typography color="textSecondary">
            No desk names this among its topics.
          </Typography>
        )}
      </Grid>
      <Grid item xs={12} md={7}>
        <Typography variant="subtitle2" gutterBottom>
          It may already be answered
        </Typography>
        {entries.length > 0 ? (
          <EntryList compact items={entries} animalOf={animalOf} />
        ) : (
          <Typography color="textSecondary">
            No FAQ entry or playbook matches.
          </Typography>
        )}
      </Grid>
    </Grid>
  );
};

/**
 * "Which animal do I ask about …?": the desks whose topics the question
 * names, and the entries that may already answer it.
 */
export const AskTheZoo = (props: {
  animalOf: (teamRef: string) => Animal | undefined;
}) => {
  const [question, setQuestion] = useState('');
  const { value, loading, error } = useSuggestions(question);
  return (
    <section aria-label="Which animal do I ask?">
      <InfoCard title="Which animal do I ask?">
        <FormField
          fullWidth
          type="search"
          variant="outlined"
          label="Which animal do I ask about …?"
          placeholder="e.g. postgres backup"
          value={question}
          onChange={event => setQuestion(event.target.value)}
        />
        <Box mt={2} aria-live="polite">
          {loading && <LinearProgress />}
          {error && <ResponseErrorPanel error={error} />}
          {value && question.trim() && (
            <Answers
              question={question}
              suggestions={value}
              animalOf={props.animalOf}
            />
          )}
        </Box>
      </InfoCard>
    </section>
  );
};
