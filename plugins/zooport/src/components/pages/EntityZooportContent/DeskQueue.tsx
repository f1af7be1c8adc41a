import { InfoCard } from '@backstage/core-components';
import { useMemo, useState } from 'react';
import { RequestFilter } from '@zooport/plugin-zooport-common';
import { RequestQueue, initialFilters } from '../../requests/RequestQueue';
import { byPressingSla } from '../../requests/SlaChip';

/**
 * The desk's open requests, breached and at risk first. The queue loads
 * again whenever `filings` (requests filed from the page) goes up.
 */
export const DeskQueue = (props: { teamRef: string; filings: number }) => {
  const { teamRef, filings } = props;
  const filter = useMemo<RequestFilter>(
    () => ({ desk: [teamRef], status: 'open', limit: 100 }),
    [teamRef],
  );
  // Kept here rather than in the queue, which a filing mounts afresh.
  const [filters, setFilters] = useState(() => initialFilters(filter));
  return (
    <InfoCard title="Open requests">
      <RequestQueue
        key={filings}
        filter={filter}
        filters={filters}
        onFiltersChange={setFilters}
        emptyTitle="No open requests at this desk"
        order={byPressingSla}
      />
    </InfoCard>
  );
};
