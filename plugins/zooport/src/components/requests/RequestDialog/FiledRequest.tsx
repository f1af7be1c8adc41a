import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Desk, SupportRequest } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';
import { requestRouteRef } from '../../../routes';
import { formatDeadline } from '../../../time';

/** A request just filed: who has it and by when the desk owes an answer. */
export const FiledRequest = (props: {
  request: SupportRequest;
  desk: Desk;
}) => {
  const { request, desk } = props;
  const requestLink = useRouteRef(requestRouteRef);
  const zone = desk.hours.timeZone;
  const { firstResponse, resolution } = request.sla;
  return (
    <>
      <Typography paragraph>
        “{request.title}” is with the {desk.animal.name} desk, priority{' '}
        {labelOf(request.priority).toLocaleLowerCase('en-US')}.
      </Typography>
      <Typography paragraph>
        {request.assigneeRef ? (
          <>
            Assigned to{' '}
            <EntityRefLink entityRef={request.assigneeRef} defaultKind="user" />
            .
          </>
        ) : (
          'Nobody is on duty right now; the desk sees it in its queue.'
        )}
      </Typography>
      {request.approval?.state === 'pending' && (
        <Typography paragraph>
          It waits for approval by{' '}
          {request.approval.approvers.map((approver, index) => (
            <span key={approver}>
              {index > 0 && ', '}
              <EntityRefLink entityRef={approver} defaultKind="user" />
            </span>
          ))}
          ; work starts once one of them agrees.
        </Typography>
      )}
      <Typography variant="subtitle2">
        {firstResponse.clock === 'always'
          ? 'SLA targets, counted around the clock'
          : "SLA targets, counted in the desk's support hours"}
      </Typography>
      <Box component="dl" mt={1}>
        <Typography component="dt" variant="body2" color="textSecondary">
          First response by
        </Typography>
        <Typography component="dd">
          {formatDeadline(firstResponse.deadline, zone)}
        </Typography>
        <Typography component="dt" variant="body2" color="textSecondary">
          Resolution by
        </Typography>
        <Typography component="dd">
          {formatDeadline(resolution.deadline, zone)}
        </Typography>
      </Box>
      <Link to={requestLink({ id: request.id })}>Open the request</Link>
    </>
  );
};
