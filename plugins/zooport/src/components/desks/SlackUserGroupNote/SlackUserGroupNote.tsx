import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Desk, SlackUserGroupSync } from '@zooport/plugin-zooport-common';
import { Fragment, ReactNode } from 'react';
import { formatInViewerZone } from '../../../time';

/** People named by their catalog entities, separated by commas. */
const People = (props: { userRefs: string[] }) => (
  <>
    {props.userRefs.map((userRef, i) => (
      <Fragment key={userRef}>
        {i > 0 && ', '}
        <EntityRefLink entityRef={userRef} defaultKind="user" />
      </Fragment>
    ))}
  </>
);

/** What the last sync did, as a sentence after the group's name. */
function outcomeOf(sync: SlackUserGroupSync | null): ReactNode {
  if (!sync || sync.state === 'pending') {
    return 'is being set to the people on duty.';
  }
  if (sync.state === 'failed') {
    return (
      <>
        could not be set: {sync.error}.
        {sync.nextAttemptAt &&
          ` Trying again ${formatInViewerZone(sync.nextAttemptAt)}.`}
      </>
    );
  }
  if (sync.state === 'kept') {
    // Slack refuses an empty user group: it keeps its last members.
    return (
      <>
        keeps{' '}
        {sync.members.length > 0 ? (
          <People userRefs={sync.members} />
        ) : (
          'its members'
        )}
        :{' '}
        {sync.onDuty.length === 0
          ? 'nobody is on duty.'
          : 'nobody on duty has a Slack account.'}
      </>
    );
  }
  return (
    <>
      holds <People userRefs={sync.members} />
      {sync.syncedAt && `, since ${formatInViewerZone(sync.syncedAt)}`}.
    </>
  );
}

/**
 * The desk's Slack user group and how its sync to the people on duty went;
 * nothing when the desk has no group or the backend does not sync Slack.
 */
export const SlackUserGroupNote = (props: { desk: Desk }) => {
  const { slackUserGroup, slack } = props.desk;
  if (!slackUserGroup || !slack) {
    return null;
  }
  const { sync } = slack;
  const name = slackUserGroup.handle
    ? `@${slackUserGroup.handle}`
    : slackUserGroup.id;
  return (
    <Box mt={1}>
      <Typography
        variant="body2"
        color={sync?.state === 'failed' ? 'error' : 'textSecondary'}
      >
        Slack {name} {outcomeOf(sync)}
        {sync && sync.skipped.length > 0 && (
          <>
            {' '}
            No Slack account found for <People userRefs={sync.skipped} />.
          </>
        )}
      </Typography>
    </Box>
  );
};
