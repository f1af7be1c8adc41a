import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { DeskAnimal, SupportRequest } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { RequestFilter } from '../../api';
import { useRequestQueue } from '../../hooks/useRequestQueue';
import { labelOf } from '../../labels';
import { requestRouteRef } from '../../routes';
import { SlaChip, slaStateOf } from '../SlaChip';

function columns(
  requestLink: (params: { id: string }) => string,
  animalOf?: (teamRef: string) => DeskAnimal | undefined,
): TableColumn<SupportRequest>[] {
  const deskColumn: TableColumn<SupportRequest> = {
    title: 'Desk',
    render: row => {
      const animal = animalOf?.(row.teamRef);
      return animal
        ? `${animal.emoji ?? ''} ${animal.name}`.trim()
        : row.teamRef;
    },
  };
  return [
    {
      title: 'Title',
      highlight: true,
      render: row => <Link to={requestLink({ id: row.id })}>{row.title}</Link>,
    },
    ...(animalOf ? [deskColumn] : []),
    { title: 'Priority', render: row => labelOf(row.priority) },
    { title: 'Status', render: row => labelOf(row.status) },
    {
      title: 'SLA',
      render: row => (
        <SlaChip
          state={slaStateOf(row.sla)}
          paused={row.sla.resolution.paused}
        />
      ),
    },
    {
      title: 'Age',
      render: row => DateTime.fromISO(row.createdAt).toRelative(),
    },
  ];
}

/**
 * The requests a filter finds, as a table that links to each request, with
 * the next page on demand.
 */
export const RequestQueue = (props: {
  filter: RequestFilter;
  title?: string;
  emptyTitle: string;
  /** Shows a desk column, with each desk's animal. */
  animalOf?: (teamRef: string) => DeskAnimal | undefined;
  /** Order within the loaded pages; newest first without it. */
  order?: (a: SupportRequest, b: SupportRequest) => number;
}) => {
  const { filter, title, emptyTitle, animalOf, order } = props;
  const requestLink = useRouteRef(requestRouteRef);
  const { requests, loading, error, loadMore } = useRequestQueue(filter);
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!requests) {
    return <Progress />;
  }
  if (requests.length === 0) {
    return <EmptyState missing="data" title={emptyTitle} />;
  }
  // material-table writes its bookkeeping into the rows: give it copies.
  const rows = (order ? [...requests].sort(order) : requests).map(request => ({
    ...request,
  }));
  return (
    <>
      <Table<SupportRequest>
        title={title}
        options={{
          paging: false,
          search: false,
          padding: 'dense',
          toolbar: Boolean(title),
        }}
        columns={columns(requestLink, animalOf)}
        data={rows}
      />
      {loadMore && (
        <Box mt={1} display="flex" justifyContent="center">
          <Button onClick={loadMore} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </Button>
        </Box>
      )}
    </>
  );
};
