import {
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import { Desk, Entry } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useNavigate, useParams } from 'react-router-dom';
import { useEntryPermissions } from '../../../hooks/useEntryPermissions';
import { entryKindLabels } from '../../../labels';
import { rootRouteRef } from '../../../routes';
import { DeskAnimal } from '../../desks/DeskAnimal';
import { EntryActions } from './EntryActions';
import { EntryContent } from './EntryContent';
import { EntryFacts } from './EntryFacts';
import { EntryVersions } from './EntryVersions';
import { EntryVotes } from './EntryVotes';
import { useEntry } from './useEntry';

const StaleWarning = ({ entry }: { entry: Entry }) => (
  <WarningPanel
    title="This entry is due for a review: it may be out of date"
    message={`It was last reviewed ${DateTime.fromISO(
      entry.lastReviewedAt,
    ).toRelative()}; the desk means to review it every ${
      entry.reviewEveryDays
    } days.`}
  />
);

const EntryView = (props: {
  entry: Entry;
  desk?: Desk;
  onChanged: () => void;
}) => {
  const { entry, desk, onChanged } = props;
  const { mayUpdate, mayDelete } = useEntryPermissions(entry.teamRef);
  const navigate = useNavigate();
  const rootLink = useRouteRef(rootRouteRef);
  return (
    <>
      <ContentHeader title={entry.title}>
        <EntryActions
          entry={entry}
          mayUpdate={mayUpdate}
          mayDelete={mayDelete}
          onChanged={onChanged}
          onDeleted={() => navigate(`${rootLink()}/knowledge`)}
        />
      </ContentHeader>
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
        {desk && <DeskAnimal animal={desk.animal} />}
        <Box ml={2} display="flex" flexWrap="wrap" style={{ gap: 4 }}>
          <Chip size="small" label={entryKindLabels[entry.kind]} />
          {entry.tags.map(tag => (
            <Chip key={tag} size="small" variant="outlined" label={tag} />
          ))}
        </Box>
      </Box>
      {entry.stale && (
        <Box mb={2}>
          <StaleWarning entry={entry} />
        </Box>
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <InfoCard title={entry.kind === 'faq' ? 'Answer' : 'Playbook'}>
            <EntryContent content={entry} />
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={4}>
          <InfoCard title="Did it help?">
            <EntryVotes entry={entry} onVoted={onChanged} />
          </InfoCard>
          <Box mt={3}>
            <InfoCard title="Details" noPadding>
              <EntryFacts entry={entry} desk={desk} />
            </InfoCard>
          </Box>
          <Box mt={3}>
            <InfoCard title="Versions">
              <EntryVersions
                entry={entry}
                mayRestore={mayUpdate}
                onRestored={onChanged}
              />
            </InfoCard>
          </Box>
        </Grid>
      </Grid>
    </>
  );
};

/**
 * One FAQ entry or playbook, where the search collator links: what it says,
 * votes, details, versions, and for the desk the means to keep it right.
 */
export const EntryPage = () => {
  const { id = '' } = useParams();
  const { value, error, retry } = useEntry(id);
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  // Keep showing the entry while it loads again after a change.
  if (!value) {
    return <Progress />;
  }
  return <EntryView entry={value.entry} desk={value.desk} onChanged={retry} />;
};
