import { Duration } from 'luxon';
import { fetch } from 'undici';

const TIMEOUT = Duration.fromObject({ seconds: 10 });

/** Slack's answer for an address no account has. */
const USERS_NOT_FOUND = 'users_not_found';

/** A Slack Web API call that failed: Slack's error code, or the HTTP status. */
export class SlackApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    /** How long Slack asked to wait first (HTTP 429 with Retry-After). */
    readonly retryAfter?: Duration,
  ) {
    super(`Slack ${method}: ${code}`);
    this.name = 'SlackApiError';
  }
}

/**
 * The two Slack Web API methods Zooport calls, as Slack documents them: a
 * form-encoded POST with the bot token as a bearer token. An answer with
 * `ok: false` fails with its `error`.
 */
export class SlackClient {
  private readonly token: string;
  private readonly apiUrl: string;

  constructor(options: { token: string; apiUrl: string }) {
    this.token = options.token;
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
  }

  /** The id of the Slack account with this e-mail; undefined when none has it. */
  async userIdByEmail(email: string): Promise<string | undefined> {
    try {
      const answer = await this.call('users.lookupByEmail', { email });
      const id = (answer.user as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') {
        throw new SlackApiError('users.lookupByEmail', 'no user id in answer');
      }
      return id;
    } catch (error) {
      if (error instanceof SlackApiError && error.code === USERS_NOT_FOUND) {
        return undefined;
      }
      throw error;
    }
  }

  /** Replaces the members of a user group; Slack refuses an empty list. */
  async setUserGroupUsers(userGroupId: string, userIds: string[]) {
    await this.call('usergroups.users.update', {
      usergroup: userGroupId,
      users: userIds.join(','),
    });
  }

  private async call(
    method: string,
    params: Record<string, string>,
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${this.apiUrl}/${method}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.token}`,
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      },
      body: new URLSearchParams(params).toString(),
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT.toMillis()),
    });
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'));
      throw new SlackApiError(
        method,
        'ratelimited',
        Number.isFinite(seconds) && seconds > 0
          ? Duration.fromObject({ seconds })
          : undefined,
      );
    }
    if (!response.ok) {
      throw new SlackApiError(method, `HTTP ${response.status}`);
    }
    const answer = (await response.json()) as Record<string, unknown>;
    if (answer.ok !== true) {
      throw new SlackApiError(
        method,
        typeof answer.error === 'string' ? answer.error : 'ok: false',
      );
    }
    return answer;
  }
}
