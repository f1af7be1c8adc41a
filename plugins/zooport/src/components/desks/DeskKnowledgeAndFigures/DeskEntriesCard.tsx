import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { useKnowledgeSearch } from '../../../hooks/useKnowledgeSearch';
import { rootRouteRef } from '../../../routes';
import { EntryList } from '../../knowledge/EntryList';

/** The desk's FAQ entries and playbooks; `onNewEntry` for those who may write. */
export const DeskEntriesCard = (props: {
  teamRef: string;
  onNewEntry?: () => void;
}) => {
  const { teamRef, onNewEntry } = props;
  const rootLink = useRouteRef(rootRouteRef);
  const { value, error } = useKnowledgeSearch({ desk: teamRef });
  const entries = value?.entries;
  const desk = new URLSearchParams({ desk: teamRef });
  return (
    <InfoCard
      title="FAQ and playbooks"
      action={
        onNewEntry && (
          <Button color="primary" startIcon={<AddIcon />} onClick={onNewEntry}>
            New entry
          </Button>
        )
      }
      deepLink={{
        title: 'Search the knowledge base',
        link: `${rootLink()}/knowledge?${desk}`,
      }}
    >
      {error && <ResponseErrorPanel error={error} />}
      {!error && !entries && <Progress />}
      {entries?.length === 0 && (
        <Typography color="textSecondary">
          The desk has no FAQ entries or playbooks yet.
        </Typography>
      )}
      {entries && entries.length > 0 && (
        <EntryList items={entries.map(entry => ({ entry }))} />
      )}
    </InfoCard>
  );
};
