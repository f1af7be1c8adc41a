import { MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { RequestAction, RequestEvent } from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { formatInViewerZone } from '../../../time';

const useStyles = makeStyles(theme => ({
  history: { listStyle: 'none', margin: 0, padding: 0 },
  event: {
    borderLeft: `2px solid ${theme.palette.divider}`,
    padding: theme.spacing(0.5, 0, 1.5, 2),
  },
  internal: {
    borderLeft: `2px solid ${theme.palette.warning.main}`,
    backgroundColor: theme.palette.action.hover,
    padding: theme.spacing(0.5, 1, 1.5, 2),
  },
}));

const done: Record<RequestAction, string> = {
  acknowledge: 'acknowledged the request',
  start: 'started work',
  wait_for_requester: 'is waiting for the requester',
  resolve: 'resolved the request',
  close: 'closed the request',
  reopen: 'reopened the request',
};

const Person = ({ userRef }: { userRef: string }) => (
  <EntityRefLink entityRef={userRef} defaultKind="user" />
);

type Details = Record<string, string | undefined>;

/** Assignments someone made by hand, as against routing and handoffs. */
const assignedByPerson: Record<string, (to?: string) => ReactNode> = {
  taken: () => 'took the request',
  handed: to => (
    <>
      handed the request to <Person userRef={to!} />
    </>
  ),
  released: () => 'put the request back in the queue',
};

/**
 * Routing and SLA warnings are Zooport's doing, whoever's action set them
 * off, so their lines name no actor.
 */
function zooportNotice(event: RequestEvent, details: Details): ReactNode {
  switch (event.kind) {
    case 'assigned':
      if (details.reason && details.reason in assignedByPerson) {
        return undefined;
      }
      if (!details.to) {
        return 'Nobody is assigned now';
      }
      return (
        <>
          {details.reason === 'handoff'
            ? 'Handed over at the handoff to '
            : 'Routed to '}
          <Person userRef={details.to} />
        </>
      );
    case 'sla_warning':
      return `The ${details.clock} clock is at risk`;
    case 'sla_breach':
      return `The ${details.clock} clock breached`;
    default:
      return undefined;
  }
}

/** What a person did. */
function deed(event: RequestEvent, details: Details): ReactNode {
  switch (event.kind) {
    case 'assigned':
      return assignedByPerson[details.reason!](details.to);
    case 'created':
      return 'filed the request';
    case 'transition':
      return (
        done[details.action as RequestAction] ?? `moved it to ${details.to}`
      );
    case 'comment':
      return event.internal ? 'wrote an internal note' : 'commented';
    case 'escalated':
      return 'escalated the request';
    case 'approval':
      return `${details.decision} the request`;
    default:
      return event.kind;
  }
}

function whatHappened(event: RequestEvent): ReactNode {
  const details = event.details as Details;
  return (
    zooportNotice(event, details) ?? (
      <>
        <Person userRef={event.actorRef} /> {deed(event, details)}
      </>
    )
  );
}

/** Everything that happened to a request, oldest first; internal notes marked. */
export const RequestHistory = ({ events }: { events: RequestEvent[] }) => {
  const classes = useStyles();
  return (
    <ol className={classes.history} aria-label="History">
      {events.map(event => (
        <li
          key={event.id}
          className={event.internal ? classes.internal : classes.event}
        >
          <Box display="flex" alignItems="center" flexWrap="wrap">
            <Typography variant="body2">{whatHappened(event)}</Typography>
            {event.internal && (
              <Box ml={1}>
                <Chip size="small" label="Internal note" variant="outlined" />
              </Box>
            )}
            <Box ml="auto">
              <Typography variant="caption" color="textSecondary">
                {formatInViewerZone(event.at)}
              </Typography>
            </Box>
          </Box>
          {event.body && <MarkdownContent content={event.body} />}
        </li>
      ))}
    </ol>
  );
};
