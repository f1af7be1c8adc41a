import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import {
  DeskAnimal,
  RequestFilter,
  SupportRequest,
} from '@zooport/plugin-zooport-common';
import { useMemo, useState } from 'react';
import { useDebounced } from '../../../hooks/useDebounced';
import { RequestFilterBar } from './RequestFilterBar';
import { RequestTable } from './RequestTable';
import {
  QueueFilters,
  initialFilters,
  narrowed,
  sameFilters,
} from './queueFilters';
import { useRequestQueue } from './useRequestQueue';
import { useTypeNames } from './useTypeNames';

export interface RequestQueueProps {
  /**
   * Whose requests: a desk's, an assignee's, a requester's. Its status is
   * where the status filter starts.
   */
  filter: RequestFilter;
  /**
   * The filter bar's choices, when the page keeps them, e.g. in its
   * address; without them the queue keeps its own.
   */
  filters?: QueueFilters;
  onFiltersChange?: (filters: QueueFilters) => void;
  title?: string;
  /** What an empty queue says before anyone narrows it. */
  emptyTitle: string;
  /** Shows a desk column, with each desk's animal. */
  animalOf?: (teamRef: string) => DeskAnimal | undefined;
  /** Order within the loaded pages; newest first without it. */
  order?: (a: SupportRequest, b: SupportRequest) => number;
}

/**
 * The requests a filter finds, narrowed in a filter bar, as a table that
 * links to each request, with the next page on demand.
 */
export const RequestQueue = (props: RequestQueueProps) => {
  const { filter, title, emptyTitle, animalOf, order } = props;
  const [ownFilters, setOwnFilters] = useState(() => initialFilters(filter));
  const filters = props.filters ?? ownFilters;
  const setFilters = props.onFiltersChange ?? setOwnFilters;
  const text = useDebounced(filters.text.trim());
  // The choices other than the words, as text: the filters are read anew
  // from the address at each letter typed, and only a changed choice or
  // the settled words load the queue again.
  const { text: _typed, ...chosen } = filters;
  const chosenKey = JSON.stringify(chosen);
  const query = useMemo(
    () => narrowed(filter, { ...JSON.parse(chosenKey), text }),
    [filter, chosenKey, text],
  );
  const { requests, loading, error, loadMore } = useRequestQueue(query);
  const typeName = useTypeNames(filter.desk, filters.types);

  let results;
  if (error) {
    results = <ResponseErrorPanel error={error} />;
  } else if (!requests) {
    results = <Progress />;
  } else if (requests.length === 0 && !loading) {
    const narrowedByPerson = !sameFilters(filters, initialFilters(filter));
    results = (
      <EmptyState
        missing="data"
        title={
          narrowedByPerson ? 'No requests match these filters' : emptyTitle
        }
      />
    );
  } else {
    results = (
      <RequestTable
        requests={requests}
        title={title}
        loading={loading}
        animalOf={animalOf}
        order={order}
      />
    );
  }
  return (
    <>
      <RequestFilterBar
        value={filters}
        onChange={setFilters}
        typeName={typeName}
      />
      <Box mt={2}>{results}</Box>
      {loadMore && !error && (
        <Box mt={1} display="flex" justifyContent="center">
          <Button onClick={loadMore} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </>
  );
};
