/**
 * Jira issues filed for requests resolved as `bug_ticket_created`, when the
 * backend is linked to Jira (`zooport.jira`).
 */

/**
 * The shape of a Jira project key, e.g. `ABC` or `PLATFORM_2`.
 *
 * @public
 */
export const JIRA_PROJECT_KEY_PATTERN = /^[A-Z][A-Z0-9_]+$/;

/**
 * Where a desk or one of its request types files bug tickets in Jira.
 *
 * @public
 */
export interface JiraProject {
  /** The project key, e.g. `ABC`. */
  key: string;
  /** The name of the issue type to create, e.g. `Bug`. */
  issueType: string;
}

/**
 * What the answer for one desk (`GET /desks/:namespace/:name`) carries when
 * the backend files Jira issues: the frontend offers the Jira fields by it.
 *
 * @public
 */
export interface DeskJira {
  /** The Jira the issues are filed in, e.g. `https://jira.example.com`. */
  baseUrl: string;
}

/**
 * Where the filing of a request's Jira issue stands:
 * - `pending`: queued, not tried yet;
 * - `created`: filed, with its key and address;
 * - `failed`: the last attempt failed; it is tried again at `nextAttemptAt`.
 *
 * @public
 */
export type JiraIssueState = 'pending' | 'created' | 'failed';

/** @public */
export interface RequestJiraIssue {
  state: JiraIssueState;
  /** The issue key, e.g. `ABC-1`, once created. */
  key: string | null;
  /** The issue's browse address, once created. */
  url: string | null;
  attempts: number;
  /** Why the last attempt failed; only for the desk. */
  error: string | null;
  nextAttemptAt: string | null;
}

/**
 * What the answer for one request (`GET /requests/:id`) carries when the
 * backend files Jira issues.
 *
 * @public
 */
export interface RequestJira {
  /**
   * Where resolving as `bug_ticket_created` without a URL files an issue:
   * the request type's project, else the desk's; null when neither names
   * one (then the ticket's URL is pasted).
   */
  project: JiraProject | null;
  /** The issue filed for the request, or being filed; null when none. */
  issue: RequestJiraIssue | null;
}
