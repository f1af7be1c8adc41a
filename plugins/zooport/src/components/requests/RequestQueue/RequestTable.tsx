import { Link, Table, TableColumn } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { DeskAnimal, SupportRequest } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { labelOf } from '../../../labels';
import { requestRouteRef } from '../../../routes';
import { SlaChip, slaStateOf } from '../SlaChip';

/** Short values that read wrong when broken inside a word, e.g. "Resolv ed". */
const oneLine = { whiteSpace: 'nowrap' } as const;

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
      // The title is what people scan for; the other columns are short.
      width: '30%',
      render: row => <Link to={requestLink({ id: row.id })}>{row.title}</Link>,
    },
    ...(animalOf ? [deskColumn] : []),
    {
      title: 'Requester',
      render: row => (
        <EntityDisplayName entityRef={row.requesterRef} hideIcon />
      ),
    },
    {
      title: 'Assignee',
      render: row =>
        row.assigneeRef ? (
          <EntityDisplayName entityRef={row.assigneeRef} hideIcon />
        ) : (
          'Nobody yet'
        ),
    },
    {
      title: 'Priority',
      cellStyle: oneLine,
      render: row => labelOf(row.priority),
    },
    { title: 'Status', cellStyle: oneLine, render: row => labelOf(row.status) },
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
      cellStyle: oneLine,
      render: row => DateTime.fromISO(row.createdAt).toRelative(),
    },
  ];
}

/** Requests as a table that links to each of them. */
export const RequestTable = (props: {
  requests: SupportRequest[];
  title?: string;
  loading: boolean;
  /** Shows a desk column, with each desk's animal. */
  animalOf?: (teamRef: string) => DeskAnimal | undefined;
  /** Newest first without it. */
  order?: (a: SupportRequest, b: SupportRequest) => number;
}) => {
  const { requests, title, loading, animalOf, order } = props;
  const requestLink = useRouteRef(requestRouteRef);
  // material-table writes its bookkeeping into the rows: give it copies.
  const rows = (order ? [...requests].sort(order) : requests).map(request => ({
    ...request,
  }));
  return (
    <Table<SupportRequest>
      title={title}
      isLoading={loading}
      options={{
        paging: false,
        search: false,
        // The list comes in the queue's order; sorting one page by a column
        // would mislead, and its header buttons nest controls.
        sorting: false,
        padding: 'dense',
        toolbar: Boolean(title),
      }}
      columns={columns(requestLink, animalOf)}
      data={rows}
    />
  );
};
