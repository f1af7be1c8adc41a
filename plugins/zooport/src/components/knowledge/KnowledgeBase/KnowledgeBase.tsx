import {
  ContentHeader,
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { FilterPanel } from '../../shared/FilterPanel';
import { EntryKind } from '@zooport/plugin-zooport-common';
import { useSearchParams } from 'react-router-dom';
import { useDebounced } from '../../../hooks/useDebounced';
import { useDeskAnimals } from '../../../hooks/useDeskAnimals';
import {
  KnowledgeQuery,
  useKnowledgeSearch,
} from '../../../hooks/useKnowledgeSearch';
import { animalLabel, entryKindChoices } from '../../../labels';
import { ChoiceField, FormField } from '../../shared/FormDialog';
import { EntryList } from '../EntryList';

type AnimalOf = ReturnType<typeof useDeskAnimals>['animalOf'];

function resultTitle(query: KnowledgeQuery, count: number): string {
  if (!query.q) {
    return count === 1 ? '1 entry' : `${count} entries`;
  }
  const matches = count === 1 ? '1 match' : `${count} matches`;
  return `${matches} for “${query.q}”`;
}

const Results = (props: { query: KnowledgeQuery; animalOf: AnimalOf }) => {
  const { query, animalOf } = props;
  const { value, error } = useKnowledgeSearch(query);
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  // The previous results stay while the next words are looked up.
  if (!value) {
    return <Progress />;
  }
  const items = value.hits ?? value.entries?.map(entry => ({ entry })) ?? [];
  if (items.length === 0) {
    return query.q ? (
      <EmptyState
        missing="data"
        title={`Nothing matches “${query.q}”`}
        description="Every word must match. Try fewer or other words, or ask the zoo which animal knows about it."
      />
    ) : (
      <EmptyState
        missing="content"
        title="No entries yet"
        description="Desks write their FAQ entries and playbooks on their team's Zooport tab."
      />
    );
  }
  return (
    <InfoCard title={resultTitle(query, items.length)}>
      <EntryList items={items} animalOf={animalOf} />
    </InfoCard>
  );
};

/**
 * The knowledge base: full-text search over every desk's FAQ entries and
 * playbooks, filtered by desk and kind, or the entries by title without
 * words. The words and filters live in the address, so a search can be
 * shared and other pages can link to, say, one desk's playbooks.
 */
export const KnowledgeBase = () => {
  const [params, setParams] = useSearchParams();
  const { desks, animalOf } = useDeskAnimals();
  const words = params.get('q') ?? '';
  const settledWords = useDebounced(words.trim());
  const query: KnowledgeQuery = {
    q: settledWords,
    desk: params.get('desk') || undefined,
    kind: (params.get('kind') as EntryKind) || undefined,
  };
  const setParam = (name: string, value: string) =>
    setParams(
      previous => {
        const next = new URLSearchParams(previous);
        if (value) {
          next.set(name, value);
        } else {
          next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  const filters = [
    {
      name: 'desk',
      label: 'Desk',
      choices: [
        { value: '', label: 'All desks' },
        ...desks.map(desk => ({
          value: desk.teamRef,
          label: animalLabel(desk.animal),
        })),
      ],
    },
    {
      name: 'kind',
      label: 'Kind',
      choices: [
        { value: '', label: 'FAQ entries and playbooks' },
        ...entryKindChoices,
      ],
    },
  ];
  return (
    <>
      <ContentHeader title="Knowledge base">
        <SupportButton>
          Answers and playbooks written by the desks. Search before you ask: the
          answer may already be here.
        </SupportButton>
      </ContentHeader>
      <FilterPanel>
        <Grid container spacing={2}>
          <Grid item xs={12} md={6}>
            <FormField
              fullWidth
              type="search"
              variant="outlined"
              label="Search the knowledge base"
              placeholder="e.g. preview environment"
              value={words}
              onChange={event => setParam('q', event.target.value)}
            />
          </Grid>
          {filters.map(filter => (
            <Grid item xs={6} md={3} key={filter.name}>
              <ChoiceField
                fullWidth
                variant="outlined"
                label={filter.label}
                value={params.get(filter.name) ?? ''}
                onChange={value => setParam(filter.name, value)}
                choices={filter.choices}
              />
            </Grid>
          ))}
        </Grid>
      </FilterPanel>
      <Box mt={2}>
        <Results query={query} animalOf={animalOf} />
      </Box>
    </>
  );
};
