import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import {
  DeskAnimal,
  RequestFilter,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ChoiceField } from '../../shared/FormDialog';
import { RequestQueue, RequestQueueProps } from '../RequestQueue';
import { byPressingSla } from '../SlaChip';
import { NewRequestButton } from './NewRequestButton';
import { deskLabel } from './deskLabel';
import { useMyDesks } from './useMyDesks';
import { useParamInAddress } from '../../../hooks/useParamInAddress';
import { useQueueFiltersInAddress } from './useQueueFiltersInAddress';

const queues = [
  { id: 'assigned', label: 'Assigned to me' },
  { id: 'desks', label: 'My desks' },
  { id: 'requested', label: 'Requested by me' },
];

const assignedToMe: RequestFilter = { assignee: 'me', status: 'open' };
const requestedByMe: RequestFilter = { requester: 'me' };

/** A queue whose filters live in the page address. */
const QueueInAddress = (
  props: Omit<RequestQueueProps, 'filters' | 'onFiltersChange'>,
) => {
  const [filters, setFilters] = useQueueFiltersInAddress(props.filter);
  return (
    <RequestQueue {...props} filters={filters} onFiltersChange={setFilters} />
  );
};

/**
 * Open requests of the desks whose team the viewer is in, all or one, as
 * `?desk=` says; or those of any other desk the address names, e.g. from
 * that desk's insights.
 */
const DesksQueue = (props: {
  desks: ZooDesk[];
  myDesks: ZooDesk[];
  animalOf: (teamRef: string) => DeskAnimal | undefined;
}) => {
  const { desks, myDesks, animalOf } = props;
  const [linked, pickDesk] = useParamInAddress('desk');
  const linkedDesk = desks.find(desk => desk.teamRef === linked);
  const teamRef = linkedDesk?.teamRef ?? '';
  const filter = useMemo<RequestFilter>(
    () => ({
      desk: teamRef ? [teamRef] : myDesks.map(desk => desk.teamRef),
      status: 'open',
    }),
    [teamRef, myDesks],
  );
  if (myDesks.length === 0 && !linkedDesk) {
    return (
      <EmptyState
        missing="data"
        title="You are in no team with a support desk"
        description="The requests of your team's desk show here once you are a member of its Group in the catalog."
      />
    );
  }
  const choices = [...myDesks];
  if (linkedDesk && !myDesks.includes(linkedDesk)) {
    choices.push(linkedDesk);
  }
  return (
    <>
      <Box mb={2}>
        <ChoiceField
          label="Desk"
          value={teamRef}
          choices={[
            { value: '', label: 'All my desks' },
            ...choices.map(desk => ({
              value: desk.teamRef,
              label: deskLabel(desk),
            })),
          ]}
          onChange={pickDesk}
        />
      </Box>
      <QueueInAddress
        filter={filter}
        emptyTitle={
          teamRef
            ? 'No open requests at this desk'
            : 'No open requests at your desks'
        }
        animalOf={animalOf}
        order={byPressingSla}
      />
    </>
  );
};

/**
 * The viewer's request queues: assigned to them, their desks', their own;
 * and a new request to any desk, which then shows among their own.
 */
export const RequestsView = () => {
  const [params, setParams] = useSearchParams();
  const queue =
    queues.find(candidate => candidate.id === params.get('queue'))?.id ??
    'assigned';
  // Loads "Requested by me" again after each request filed from here.
  const [filedCount, setFiledCount] = useState(0);
  const { value, error } = useMyDesks();
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return <Progress />;
  }
  const animals = new Map(value.desks.map(desk => [desk.teamRef, desk.animal]));
  const animalOf = (teamRef: string) => animals.get(teamRef);
  const showFiled = () => {
    setFiledCount(count => count + 1);
    setParams({ queue: 'requested' });
  };
  return (
    <>
      <Box display="flex" alignItems="center">
        <Box flexGrow={1}>
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
        </Box>
        <NewRequestButton desks={value.desks} onFiled={showFiled} />
      </Box>
      <Box mt={2}>
        {queue === 'assigned' && (
          <QueueInAddress
            filter={assignedToMe}
            emptyTitle="Nothing open is assigned to you"
            animalOf={animalOf}
            order={byPressingSla}
          />
        )}
        {queue === 'desks' && (
          <DesksQueue
            desks={value.desks}
            myDesks={value.myDesks}
            animalOf={animalOf}
          />
        )}
        {queue === 'requested' && (
          <QueueInAddress
            key={filedCount}
            filter={requestedByMe}
            emptyTitle="You have not asked for support yet"
            animalOf={animalOf}
          />
        )}
      </Box>
    </>
  );
};
