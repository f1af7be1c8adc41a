import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  PersonReadiness,
  ReadinessStage,
  readinessStages,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { formatInViewerZone } from '../../../time';
import { StageHistoryList } from './StageHistoryList';
import { ChoiceField } from '../../shared/FormDialog';
import { nextStage, stageLabels } from './stageLabels';

/**
 * One person of the desk: their stage and since when, for those who may
 * change it a choice of any stage and a button for the usual next step,
 * and their history on demand.
 */
export const PersonStageRow = (props: {
  teamRef: string;
  person: PersonReadiness;
  mayUpdate: boolean;
  onChanged: () => void;
}) => {
  const { teamRef, person, mayUpdate, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [moving, move] = useAsyncFn(
    async (stage: ReadinessStage) => {
      await zooportApi.setReadinessStage(teamRef, person.userRef, stage);
      onChanged();
    },
    [zooportApi, teamRef, person.userRef, onChanged],
  );
  const on = nextStage(person.stage);
  const name = person.userRef.replace(/^user:(default\/)?/, '');
  const historyId = `stage-history-${name}`;
  return (
    <Box component="li" mb={1.5}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <EntityRefLink entityRef={person.userRef} defaultKind="user" />
        {mayUpdate ? (
          <ChoiceField
            size="small"
            variant="outlined"
            value={person.stage}
            choices={readinessStages.map(stage => ({
              value: stage,
              label: stageLabels[stage],
            }))}
            onChange={stage => move(stage as ReadinessStage)}
            disabled={moving.loading}
            inputProps={{ 'aria-label': `Stage of ${name}` }}
          />
        ) : (
          <Chip
            size="small"
            label={stageLabels[person.stage]}
            color={person.stage === 'ready' ? 'default' : 'primary'}
            variant={person.stage === 'ready' ? 'outlined' : 'default'}
          />
        )}
        <Typography variant="body2" color="textSecondary">
          {person.since
            ? `since ${formatInViewerZone(person.since)}`
            : 'never staged'}
        </Typography>
        {mayUpdate && on && (
          <Button
            size="small"
            color="primary"
            variant="outlined"
            disabled={moving.loading}
            onClick={() => move(on)}
            aria-label={`Move ${name} on to ${stageLabels[on]}`}
          >
            On to {stageLabels[on]}
          </Button>
        )}
        <Button
          size="small"
          aria-expanded={historyOpen}
          aria-controls={historyId}
          onClick={() => setHistoryOpen(open => !open)}
          aria-label={`History of ${name}`}
        >
          History
        </Button>
      </Box>
      {moving.error && (
        <Typography role="alert" color="error">
          {problemOf(moving.error)}
        </Typography>
      )}
      {historyOpen && (
        <div id={historyId}>
          <StageHistoryList
            teamRef={teamRef}
            userRef={person.userRef}
            since={person.since}
          />
        </div>
      )}
    </Box>
  );
};
