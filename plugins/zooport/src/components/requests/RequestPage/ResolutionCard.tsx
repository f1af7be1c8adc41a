import { InfoCard, Link, MarkdownContent } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  RequestJiraIssue,
  RequestResolution,
  resolutionLabels,
} from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { entryRouteRef, requestRouteRef } from '../../../routes';
import { formatInViewerZone } from '../../../time';

/** A linked entry by its title; its id only while the title loads or if it cannot. */
const EntryTitleLink = ({ id }: { id: string }) => {
  const zooportApi = useApi(zooportApiRef);
  const entryLink = useRouteRef(entryRouteRef);
  const { value } = useAsync(() => zooportApi.getEntry(id), [id]);
  return (
    <Link to={entryLink({ id })}>
      {value?.title ?? 'the knowledge-base entry'}
    </Link>
  );
};

/** A linked request by its title. */
const RequestTitleLink = ({ id }: { id: string }) => {
  const zooportApi = useApi(zooportApiRef);
  const requestLink = useRouteRef(requestRouteRef);
  const { value } = useAsync(() => zooportApi.getRequest(id), [id]);
  return <Link to={requestLink({ id })}>{value?.title ?? 'the request'}</Link>;
};

const urlLabels: Partial<Record<RequestResolution['category'], string>> = {
  bug_ticket_created: 'Bug ticket',
  documentation_link: 'Documentation',
};

/** Where the filing of the request's Jira issue stands. */
function jiraIssueLine(issue: RequestJiraIssue): ReactNode {
  if (issue.key && issue.url) {
    return <Link to={issue.url}>{issue.key}</Link>;
  }
  if (issue.state === 'pending') {
    return 'pending: Zooport is filing it';
  }
  const retry = issue.nextAttemptAt
    ? `; trying again ${formatInViewerZone(issue.nextAttemptAt)}`
    : '';
  return `failed${issue.error ? `: ${issue.error}` : ''}${retry}`;
}

/** What the resolution points to, one line each. */
function pointers(
  resolution: RequestResolution,
  jiraIssue?: RequestJiraIssue | null,
): [string, ReactNode][] {
  const lines: [string, ReactNode][] = [];
  if (jiraIssue) {
    lines.push(['Jira issue', jiraIssueLine(jiraIssue)]);
  }
  if (resolution.entryId) {
    lines.push(['Read', <EntryTitleLink id={resolution.entryId} />]);
  }
  if (resolution.url) {
    lines.push([
      urlLabels[resolution.category] ?? 'Link',
      <Link to={resolution.url}>{resolution.url}</Link>,
    ]);
  }
  if (resolution.redirectedTo) {
    lines.push([
      'Continued at',
      <>
        <RequestTitleLink id={resolution.redirectedTo.requestId} />, with{' '}
        <EntityRefLink
          entityRef={resolution.redirectedTo.teamRef}
          defaultKind="group"
        />
      </>,
    ]);
  }
  if (resolution.duplicateOf) {
    lines.push(['Same as', <RequestTitleLink id={resolution.duplicateOf} />]);
  }
  return lines;
}

/**
 * How the desk resolved a request, as the requester reads it: the kind of
 * answer, the desk's note and what it points to.
 */
export const ResolutionCard = (props: {
  resolution: RequestResolution;
  resolvedAt: string | null;
  /** The Jira issue filed for the bug ticket, when the desk files them. */
  jiraIssue?: RequestJiraIssue | null;
}) => {
  const { resolution, resolvedAt, jiraIssue } = props;
  return (
    <section aria-label="Resolution">
      <InfoCard
        title={resolutionLabels[resolution.category]}
        subheader={
          resolvedAt ? `Resolved ${formatInViewerZone(resolvedAt)}` : undefined
        }
      >
        {resolution.note?.trim() ? (
          <MarkdownContent content={resolution.note} />
        ) : (
          <Typography color="textSecondary">The desk left no note.</Typography>
        )}
        {pointers(resolution, jiraIssue).map(([label, target]) => (
          <Box key={label} mt={1}>
            <Typography variant="body2">
              <strong>{label}:</strong> {target}
            </Typography>
          </Box>
        ))}
      </InfoCard>
    </section>
  );
};
