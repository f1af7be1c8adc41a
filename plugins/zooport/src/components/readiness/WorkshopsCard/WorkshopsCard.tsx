import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Workshop, WorkshopCadence } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useNow } from '../../../hooks/useNow';
import { workshopRouteRef } from '../../../routes';
import { formatInTeamZone, formatInViewerZone } from '../../../time';
import { WorkshopPlanDialog } from '../WorkshopPlanDialog';
import { CadenceDialog } from './CadenceDialog';
import { useWorkshops } from './useWorkshops';

const cadenceText = ({ every, unit }: WorkshopCadence) =>
  every === 1
    ? `a workshop every ${unit.slice(0, -1)}`
    : `a workshop every ${every} ${unit}`;

const WorkshopList = (props: {
  title: string;
  teamRef: string;
  zone: string;
  workshops: Workshop[];
  empty: string;
}) => {
  const { title, teamRef, zone, workshops, empty } = props;
  const roomLink = useRouteRef(workshopRouteRef);
  const { namespace, name } = parseEntityRef(teamRef);
  return (
    <Box mt={2}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      {workshops.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {empty}
        </Typography>
      ) : (
        <List dense>
          {workshops.map(workshop => (
            <ListItem key={workshop.id} divider disableGutters>
              <ListItemText
                primary={
                  <Link to={roomLink({ namespace, name, id: workshop.id })}>
                    {formatInViewerZone(workshop.startsAt)}
                  </Link>
                }
                secondary={`${formatInTeamZone(workshop.startsAt, zone)} · ${
                  workshop.durationMinutes
                } min · ${workshop.participantRefs.length} participants${
                  workshop.held ? ' · held' : ''
                }`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};

/**
 * A desk's workshops, under way, upcoming (soonest first) and past, each opening its
 * room; the cadence and when the next one is due. Those who may update
 * readiness plan one and change the cadence.
 */
export const WorkshopsCard = (props: {
  teamRef: string;
  zone: string;
  mayUpdate: boolean;
}) => {
  const { teamRef, zone, mayUpdate } = props;
  const state = useWorkshops(teamRef);
  const now = useNow();
  const [dialog, setDialog] = useState<'plan' | 'cadence'>();
  const done = () => {
    setDialog(undefined);
    state.retry();
  };
  const body = () => {
    if (state.error) {
      return <ResponseErrorPanel error={state.error} />;
    }
    if (!state.value) {
      return <Progress />;
    }
    const { workshops, cadence } = state.value;
    const started = (workshop: Workshop) =>
      DateTime.fromISO(workshop.startsAt) <= now;
    const ended = (workshop: Workshop) =>
      DateTime.fromISO(workshop.endsAt) <= now;
    const underWay = workshops.filter(one => started(one) && !ended(one));
    const upcoming = workshops.filter(one => !started(one)).reverse();
    const past = workshops.filter(ended);
    return (
      <>
        <Box display="flex" alignItems="center" flexWrap="wrap">
          <Typography variant="body2">
            The desk means to hold {cadenceText(cadence.cadence)};{' '}
            {DateTime.fromISO(cadence.dueAt) < now
              ? `one has been due since ${formatInViewerZone(cadence.dueAt)}.`
              : `the next is due ${formatInViewerZone(cadence.dueAt)}.`}
          </Typography>
          {mayUpdate && (
            <Button size="small" onClick={() => setDialog('cadence')}>
              Change the cadence
            </Button>
          )}
        </Box>
        {underWay.length > 0 && (
          <WorkshopList
            title="Under way now"
            teamRef={teamRef}
            zone={zone}
            workshops={underWay}
            empty=""
          />
        )}
        <WorkshopList
          title="Upcoming"
          teamRef={teamRef}
          zone={zone}
          workshops={upcoming}
          empty="None planned."
        />
        <WorkshopList
          title="Past"
          teamRef={teamRef}
          zone={zone}
          workshops={past}
          empty="None yet."
        />
        {dialog === 'cadence' && (
          <CadenceDialog
            teamRef={teamRef}
            cadence={cadence.cadence}
            onSaved={done}
            onClose={() => setDialog(undefined)}
          />
        )}
      </>
    );
  };
  return (
    <InfoCard
      title="Workshops"
      action={
        mayUpdate ? (
          <Box mt={1} mr={1}>
            <Button
              color="primary"
              variant="outlined"
              onClick={() => setDialog('plan')}
            >
              Plan a workshop
            </Button>
          </Box>
        ) : undefined
      }
    >
      {body()}
      {dialog === 'plan' && (
        <WorkshopPlanDialog
          teamRef={teamRef}
          zone={zone}
          onPlanned={done}
          onClose={() => setDialog(undefined)}
        />
      )}
    </InfoCard>
  );
};
