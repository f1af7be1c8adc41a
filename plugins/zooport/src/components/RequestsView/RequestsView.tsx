import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { DeskAnimal, ZooDesk } from '@zooport/plugin-zooport-common';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { RequestFilter } from '../../api';
import { useMyDesks } from '../../hooks/useMyDesks';
import { FormField } from '../FormDialog';
import { RequestQueue } from '../RequestQueue';
import { byPressingSla } from '../SlaChip';

const queues = [
  { id: 'assigned', label: 'Assigned to me' },
  { id: 'desks', label: 'My desks' },
  { id: 'requested', label: 'Requested by me' },
];

const assignedToMe: RequestFilter = { assignee: 'me', status: 'open' };
const requestedByMe: RequestFilter = { requester: 'me' };

function deskLabel(desk: ZooDesk): string {
  const team = humanizeEntityRef(parseEntityRef(desk.teamRef), {
    defaultKind: 'group',
  });
  return `${desk.animal.emoji ?? ''} ${desk.animal.name} (${team})`.trim();
}

/**
 * Open requests of the desks whose team the viewer is in; one or all. Links
 * may pick the desk with `?desk=`.
 */
const MyDesksQueue = (props: {
  desks: ZooDesk[];
  animalOf: (teamRef: string) => DeskAnimal | undefined;
}) => {
  const { desks, animalOf } = props;
  const [params] = useSearchParams();
  const [teamRef, setTeamRef] = useState(() => {
    const linked = params.get('desk');
    return desks.some(desk => desk.teamRef === linked) ? linked! : '';
  });
  const filter = useMemo<RequestFilter>(
    () => ({
      desk: teamRef ? [teamRef] : desks.map(desk => desk.teamRef),
      status: 'open',
    }),
    [teamRef, desks],
  );
  if (desks.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="You are in no team with a support desk"
        description="The requests of your team's desk show here once you are a member of its Group in the catalog."
      />
    );
  }
  return (
    <>
      <FormField
        select
        label="Desk"
        value={teamRef}
        onChange={event => setTeamRef(event.target.value)}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        <option value="">All my desks</option>
        {desks.map(desk => (
          <option key={desk.teamRef} value={desk.teamRef}>
            {deskLabel(desk)}
          </option>
        ))}
      </FormField>
      <Box mt={2}>
        <RequestQueue
          filter={filter}
          emptyTitle="No open requests at your desks"
          animalOf={animalOf}
          order={byPressingSla}
        />
      </Box>
    </>
  );
};

/** The viewer's request queues: assigned to them, their desks', their own. */
export const RequestsView = () => {
  const [params, setParams] = useSearchParams();
  const queue =
    queues.find(candidate => candidate.id === params.get('queue'))?.id ??
    'assigned';
  const { value, error } = useMyDesks();
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return <Progress />;
  }
  const animals = new Map(value.desks.map(desk => [desk.teamRef, desk.animal]));
  const animalOf = (teamRef: string) => animals.get(teamRef);
  return (
    <>
      <Tabs
        value={queue}
        onChange={(_event, id) => setParams({ queue: id })}
        indicatorColor="primary"
        textColor="primary"
      >
        {queues.map(candidate => (
          <Tab
            key={candidate.id}
            value={candidate.id}
            label={candidate.label}
          />
        ))}
      </Tabs>
      <Box mt={2}>
        {queue === 'assigned' && (
          <RequestQueue
            filter={assignedToMe}
            emptyTitle="Nothing open is assigned to you"
            animalOf={animalOf}
            order={byPressingSla}
          />
        )}
        {queue === 'desks' && (
          <MyDesksQueue desks={value.myDesks} animalOf={animalOf} />
        )}
        {queue === 'requested' && (
          <RequestQueue
            filter={requestedByMe}
            emptyTitle="You have not asked for support yet"
            animalOf={animalOf}
          />
        )}
      </Box>
    </>
  );
};
