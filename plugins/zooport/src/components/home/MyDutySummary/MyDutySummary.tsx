import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  MyShift,
  SupportRequest,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useNow } from '../../../hooks/useNow';
import { animalLabel, dutyRoleLabel } from '../../../labels';
import { rootRouteRef } from '../../../routes';
import { formatInViewerZone } from '../../../time';
import { MyOnboarding } from '../../readiness/stages';
import { RequestList } from '../RequestList';
import { Loaded, NothingYet } from '../WidgetStates';
import { useMyDutySummary } from './useMyDutySummary';

/** How many of the open requests the card lists; the queue has the rest. */
const SHOWN = 5;

const ShiftSentence = ({ shift }: { shift: MyShift }) => {
  const now = useNow();
  const desk = `the ${animalLabel(shift.animal)} desk`;
  const role = dutyRoleLabel(shift.role, shift.source);
  return (
    <Typography>
      {DateTime.fromISO(shift.start) <= now
        ? `You are on duty at ${desk} (${role}) until ${formatInViewerZone(
            shift.end,
          )}.`
        : `Your next shift is at ${desk} (${role}) from ${formatInViewerZone(
            shift.start,
          )} until ${formatInViewerZone(shift.end)}.`}
    </Typography>
  );
};

const OpenRequests = (props: {
  open: SupportRequest[];
  moreOpen: boolean;
  desks: ZooDesk[];
}) => {
  const { open, moreOpen, desks } = props;
  const rootLink = useRouteRef(rootRouteRef);
  const queueLink = `${rootLink()}/requests?queue=desks`;
  if (open.length === 0) {
    return (
      <NothingYet to={queueLink} action="see your desks' queue">
        No open requests at your desks right now:
      </NothingYet>
    );
  }
  return (
    <>
      <RequestList
        requests={open.slice(0, SHOWN)}
        label="Open requests at your desks"
        animalOf={teamRef => desks.find(d => d.teamRef === teamRef)?.animal}
      />
      <Box mt={1}>
        <Link to={queueLink} underline="always">
          {`All ${open.length}${moreOpen ? '+' : ''} open requests`}
        </Link>
      </Box>
    </>
  );
};

/**
 * The viewer's duty at a glance: their current or next shift, and the open
 * requests at the desks of their teams, breached and at risk first.
 */
export const MyDutySummary = () => {
  const state = useMyDutySummary();
  const rootLink = useRouteRef(rootRouteRef);
  return (
    <Loaded state={state}>
      {({ shift, myDesks, desks, open, moreOpen }) => {
        if (!shift && myDesks.length === 0) {
          return (
            <NothingYet to={rootLink()} action="see who is on duty in the zoo">
              You are in no rotation and in no team with a support desk:
            </NothingYet>
          );
        }
        return (
          <>
            {shift ? (
              <ShiftSentence shift={shift} />
            ) : (
              <Typography>No duty for you in the next 13 weeks.</Typography>
            )}
            <Box mt={0.5} mb={2}>
              <MyOnboarding />
              <Link to={`${rootLink()}/duty`} underline="always">
                Your shifts and handoff checklist
              </Link>
            </Box>
            {myDesks.length > 0 && (
              <>
                <Typography variant="subtitle2" component="h3">
                  Open at your desks
                </Typography>
                <OpenRequests open={open} moreOpen={moreOpen} desks={desks} />
              </>
            )}
          </>
        );
      }}
    </Loaded>
  );
};
