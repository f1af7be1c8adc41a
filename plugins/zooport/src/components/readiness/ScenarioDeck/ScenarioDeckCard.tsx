import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Scenario, SCENARIOS_PER_MEMBER } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { ScenarioDialog } from '../ScenarioDialog';
import { useScenarioDeck } from './useScenarioDeck';

/** Which scenario the editor is open on: a new one, or one of the deck. */
type Editing = { scenario?: Scenario } | undefined;

/**
 * A desk's deck of scenarios: how many are ready against the target (two
 * per team member), each with its difficulty and whether it is a draft;
 * those who may update readiness write new ones and edit them.
 */
export const ScenarioDeckCard = (props: {
  teamRef: string;
  mayUpdate: boolean;
}) => {
  const { teamRef, mayUpdate } = props;
  const deck = useScenarioDeck(teamRef);
  const [editing, setEditing] = useState<Editing>();
  const close = (stale: boolean) => {
    setEditing(undefined);
    if (stale) {
      deck.retry();
    }
  };
  const saved = () => {
    setEditing(undefined);
    deck.retry();
  };
  const body = () => {
    if (deck.error) {
      return <ResponseErrorPanel error={deck.error} />;
    }
    if (!deck.value) {
      return <Progress />;
    }
    const { items, ready, target, members } = deck.value;
    return (
      <>
        <Typography variant="body1">
          {ready} ready of {target} ({SCENARIOS_PER_MEMBER} per team member,{' '}
          {members} {members === 1 ? 'member' : 'members'})
        </Typography>
        <Box my={1}>
          <LinearProgress
            variant="determinate"
            aria-label="Scenarios ready against the target"
            value={target > 0 ? Math.min(100, (ready / target) * 100) : 100}
          />
        </Box>
        {items.length === 0 ? (
          <EmptyState
            missing="content"
            title="No scenarios yet"
            description="Write down a request the desk found hard, or turn a resolved request into a draft from its page."
          />
        ) : (
          <List dense>
            {items.map(scenario => (
              <ListItem key={scenario.id} divider disableGutters>
                <ListItemText
                  primary={scenario.title}
                  secondary={`Difficulty: ${scenario.difficulty}`}
                />
                <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                  {scenario.draft && (
                    <Chip size="small" variant="outlined" label="Draft" />
                  )}
                  {mayUpdate && (
                    <Button
                      size="small"
                      aria-label={`Edit ${scenario.title}`}
                      onClick={() => setEditing({ scenario })}
                    >
                      Edit
                    </Button>
                  )}
                </Box>
              </ListItem>
            ))}
          </List>
        )}
      </>
    );
  };
  return (
    <InfoCard
      title="Scenario deck"
      action={
        mayUpdate ? (
          <Box mt={1} mr={1}>
            <Button
              color="primary"
              variant="outlined"
              onClick={() => setEditing({})}
            >
              New scenario
            </Button>
          </Box>
        ) : undefined
      }
    >
      {body()}
      {editing && (
        <ScenarioDialog
          teamRef={teamRef}
          scenario={editing.scenario}
          onSaved={saved}
          onClose={close}
        />
      )}
    </InfoCard>
  );
};
