import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { DeskAnimal, SupportRequest } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { animalLabel, labelOf } from '../../../labels';
import { requestRouteRef } from '../../../routes';
import { SlaChip, slaStateOf } from '../../requests/SlaChip';

/**
 * Requests in a narrow card: each one's title linking to it, its desk's
 * animal, status and age, and the state of its SLA.
 */
export const RequestList = (props: {
  requests: SupportRequest[];
  label: string;
  animalOf: (teamRef: string) => DeskAnimal | undefined;
}) => {
  const { requests, label, animalOf } = props;
  const requestLink = useRouteRef(requestRouteRef);
  return (
    <List dense disablePadding aria-label={label}>
      {requests.map(request => {
        const animal = animalOf(request.teamRef);
        const facts = [
          animal ? animalLabel(animal) : request.teamRef,
          labelOf(request.status),
          `filed ${DateTime.fromISO(request.createdAt).toRelative()}`,
        ];
        return (
          <ListItem key={request.id} disableGutters divider>
            <Box flexGrow={1} minWidth={0} mr={1}>
              <Link to={requestLink({ id: request.id })}>{request.title}</Link>
              <Typography variant="body2" color="textSecondary">
                {facts.join(' · ')}
              </Typography>
            </Box>
            <SlaChip
              state={slaStateOf(request.sla)}
              paused={request.sla.resolution.paused}
            />
          </ListItem>
        );
      })}
    </List>
  );
};
