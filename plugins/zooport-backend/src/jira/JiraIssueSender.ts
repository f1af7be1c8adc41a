import { LoggerService } from '@backstage/backend-plugin-api';
import { requestPath } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { retryAfter } from '../database/outbox';
import { RequestStore } from '../database/RequestStore';
import { issueBody } from './issueBody';
import { JiraClient } from './JiraClient';
import { JiraIssues } from './JiraIssues';
import { JiraIssueStore, PendingJiraIssue } from './JiraIssueStore';
import { JiraApiVersion } from './jiraSettings';

/**
 * Files the queued Jira issues, with retries: each attempt is claimed
 * first, so that a sender that dies retries later and a parallel one skips
 * it, and the issue's key is stored on its request once Jira answers.
 */
export class JiraIssueSender {
  constructor(
    private readonly deps: {
      store: JiraIssueStore;
      requests: RequestStore;
      jira: JiraIssues;
      client: JiraClient;
      apiVersion: JiraApiVersion;
      /** The portal's address (`app.baseUrl`), for the link back. */
      portalBaseUrl: string;
      logger: LoggerService;
    },
  ) {}

  async run(now: DateTime): Promise<void> {
    for (const job of await this.deps.store.due(now)) {
      await this.file(job, now);
    }
  }

  private async file(job: PendingJiraIssue, now: DateTime): Promise<void> {
    const { store } = this.deps;
    const retryAt = retryAfter('jira_issue_jobs', job.attempts, now);
    if (!(await store.claim(job, retryAt))) {
      return;
    }
    try {
      // A request never gets two issues: an attempt whose issue was stored
      // after all (by a replica that died before marking the job) ends here.
      if (await store.issueKeyOf(job.requestId)) {
        await store.alreadyFiled(job, now);
        return;
      }
      const request = await this.deps.requests.getRequest(job.requestId);
      const project = await this.deps.jira.projectOf(request);
      if (!project) {
        throw new Error(
          'neither the request type nor the desk names a Jira project',
        );
      }
      const link = `${this.deps.portalBaseUrl}${requestPath(request.id)}`;
      const issue = await this.deps.client.createIssue(
        issueBody({ request, project, link }, this.deps.apiVersion),
      );
      await store.filed(job, issue, now);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await store.failed(job.id, reason);
      this.deps.logger.warn(
        `Jira issue for request ${job.requestId} failed (attempt ${
          job.attempts + 1
        }): ${reason}; retrying at ${retryAt?.toISO()}`,
      );
    }
  }
}
