import { Fragment } from 'react';
import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Desk,
  RequestDetail,
  SupportRequest,
} from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';
import { formatInViewerZone, formatMinutes } from '../../../time';
import { Assignee } from './Assignee';

const person = (userRef: string) => (
  <EntityRefLink entityRef={userRef} defaultKind="user" />
);

/** People by name, linked to their pages: "Amara Okafor, Lars Eriksson". */
const people = (userRefs: string[]) =>
  userRefs.map((userRef, i) => (
    <Fragment key={userRef}>
      {i > 0 && ', '}
      {person(userRef)}
    </Fragment>
  ));

function approvalFact(approval: NonNullable<SupportRequest['approval']>) {
  if (approval.state === 'pending') {
    return <>Waits for {people(approval.approvers)}</>;
  }
  return (
    <>
      {labelOf(approval.state)} by{' '}
      {approval.by ? person(approval.by) : 'unknown'}
    </>
  );
}

/** Who asked whom for what, and where the request stands. */
export const RequestFacts = (props: {
  request: RequestDetail;
  desk?: Desk;
  onChanged: () => void;
}) => {
  const { request, desk, onChanged } = props;
  const facts: Record<string, unknown> = {
    Status: labelOf(request.status),
    Priority: `${labelOf(request.priority)} (impact ${
      request.impact
    }, urgency ${request.urgency})`,
    Type: request.typeName,
    Desk: (
      <>
        {desk && `${desk.animal.emoji ?? ''} The ${desk.animal.name}, `}
        <EntityRefLink entityRef={request.teamRef} defaultKind="group" />
      </>
    ),
    Requester: person(request.requesterRef),
    Assignee: <Assignee request={request} onChanged={onChanged} />,
    Filed: formatInViewerZone(request.createdAt),
  };
  if (request.entityRef) {
    facts.About = <EntityRefLink entityRef={request.entityRef} />;
  }
  for (const [key, value] of Object.entries(request.fields)) {
    facts[labelOf(key)] = value;
  }
  if (request.approval) {
    facts.Approval = approvalFact(request.approval);
  }
  if (request.resolution?.minutesSpent) {
    facts['Time spent'] = formatMinutes(request.resolution.minutesSpent);
  }
  if (request.escalations > 0) {
    facts.Escalations = request.escalations;
  }
  return (
    <StructuredMetadataTable
      dense
      metadata={facts}
      options={{ titleFormat: key => key }}
    />
  );
};
