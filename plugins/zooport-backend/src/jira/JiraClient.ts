import { Duration } from 'luxon';
import { fetch } from 'undici';
import { WebhookTargets } from '../service/WebhookTargets';
import { JiraSettings } from './jiraSettings';

const TIMEOUT = Duration.fromObject({ seconds: 10 });

/** The shape of an issue key, e.g. `ABC-1`. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

/** An issue Jira created. */
export interface CreatedIssue {
  key: string;
  /** `{baseUrl}/browse/{key}`. */
  url: string;
}

/** Jira's own words about a refused call, e.g. "project: is required". */
async function jiraReason(response: {
  status: number;
  text(): Promise<string>;
}): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const { errorMessages = [], errors = {} } = JSON.parse(text) as {
      errorMessages?: string[];
      errors?: Record<string, string>;
    };
    const reasons = [
      ...errorMessages,
      ...Object.entries(errors).map(
        ([field, message]) => `${field}: ${message}`,
      ),
    ];
    if (reasons.length > 0) {
      return `HTTP ${response.status}: ${reasons.join('; ')}`.slice(0, 500);
    }
  } catch {
    // Not Jira's error shape (a proxy's page): the status says enough.
  }
  return `HTTP ${response.status}`;
}

/** Where Jira may be reached: checked as webhook hosts are, with its own list. */
export function jiraTargets(allowedHosts?: string[]): WebhookTargets {
  return new WebhookTargets({
    allowedHosts,
    purpose: { name: 'Jira', allowedHostsKey: 'zooport.jira.allowedHosts' },
  });
}

/**
 * Creates issues through Jira's REST API. Its host is checked as desk
 * webhook targets are, with `zooport.jira.allowedHosts` as the list of
 * internal hosts it may reach; redirects are not followed.
 */
export class JiraClient {
  constructor(
    private readonly settings: JiraSettings,
    private readonly targets: WebhookTargets,
  ) {}

  /** Posts `body` to `/rest/api/{version}/issue`; throws with Jira's reason. */
  async createIssue(body: unknown): Promise<CreatedIssue> {
    const { baseUrl, apiVersion, authorization } = this.settings;
    const refusal = await this.targets.refusal(baseUrl);
    if (refusal) {
      throw new Error(refusal);
    }
    const response = await fetch(`${baseUrl}/rest/api/${apiVersion}/issue`, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify(body),
      redirect: 'manual',
      dispatcher: this.targets.dispatcher,
      signal: AbortSignal.timeout(TIMEOUT.toMillis()),
    });
    if (!response.ok) {
      throw new Error(await jiraReason(response));
    }
    const { key } = (await response.json()) as { key?: unknown };
    if (typeof key !== 'string' || !ISSUE_KEY.test(key)) {
      throw new Error(`Jira answered ${response.status} without an issue key`);
    }
    return { key, url: `${baseUrl}/browse/${key}` };
  }
}
