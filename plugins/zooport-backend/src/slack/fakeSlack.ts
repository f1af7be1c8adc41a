// Type-only imports, so that node runs this file as it is (the browser
// tests start it too).
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';

/** One call the fake Slack answered, with the parameters it was sent. */
export interface SlackCall {
  method: string;
  params: Record<string, string>;
}

/** A planned failure of the next call of a method. */
export interface SlackFailure {
  /** An HTTP status other than 200, e.g. 429. */
  status?: number;
  /** Seconds in Retry-After, with status 429. */
  retryAfter?: number;
  /** An `ok: false` answer's error. */
  error?: string;
}

const FORM = 'application/x-www-form-urlencoded';

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A local HTTP server that speaks the two Slack Web API methods Zooport
 * calls, `users.lookupByEmail` and `usergroups.users.update`, as Slack
 * documents them: a POST, form-encoded or JSON, with the bot token as a
 * bearer token. Anything else is refused as Slack would refuse it.
 */
export async function startFakeSlack(options: {
  token: string;
  /** Slack user ids by e-mail. */
  accounts: Record<string, string>;
  /** The user groups that exist, each with its members' Slack ids. */
  userGroups: Record<string, string[]>;
  /** Default: any free one. */
  port?: number;
}) {
  const calls: SlackCall[] = [];
  const failures = new Map<string, SlackFailure[]>();
  const userGroups = new Map(Object.entries(options.userGroups));

  const answer = (
    res: ServerResponse,
    body: Record<string, unknown>,
    status = 200,
  ) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const methods: Record<
    string,
    (params: Record<string, string>) => Record<string, unknown>
  > = {
    'users.lookupByEmail': ({ email }) => {
      if (!email) {
        return { ok: false, error: 'invalid_arguments' };
      }
      const id = options.accounts[email.toLocaleLowerCase('en-US')];
      return id
        ? { ok: true, user: { id, profile: { email } } }
        : { ok: false, error: 'users_not_found' };
    },
    'usergroups.users.update': ({ usergroup, users }) => {
      if (!usergroup || users === undefined) {
        return { ok: false, error: 'invalid_arguments' };
      }
      if (!userGroups.has(usergroup)) {
        return { ok: false, error: 'no_such_subteam' };
      }
      const ids = users.split(',').filter(Boolean);
      if (ids.length === 0) {
        return { ok: false, error: 'no_users_provided' };
      }
      const knownIds = new Set(Object.values(options.accounts));
      if (ids.some(id => !knownIds.has(id))) {
        return { ok: false, error: 'invalid_users' };
      }
      userGroups.set(usergroup, ids);
      return { ok: true, usergroup: { id: usergroup, users: ids } };
    },
  };

  const server = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
    const body = await bodyOf(req);
    if (!(method in methods)) {
      answer(res, { ok: false, error: 'unknown_method' }, 404);
      return;
    }
    if (req.method !== 'POST') {
      answer(res, { ok: false, error: 'method_not_supported' }, 405);
      return;
    }
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      answer(res, {
        ok: false,
        error: req.headers.authorization ? 'invalid_auth' : 'not_authed',
      });
      return;
    }
    const type = req.headers['content-type'] ?? '';
    let params: Record<string, string>;
    if (type.startsWith(FORM)) {
      params = Object.fromEntries(new URLSearchParams(body));
    } else if (type.startsWith('application/json')) {
      params = JSON.parse(body);
    } else {
      answer(res, { ok: false, error: 'invalid_form_data' });
      return;
    }
    calls.push({ method, params });
    const failure = failures.get(method)?.shift();
    if (failure?.status) {
      res.writeHead(failure.status, {
        ...(failure.retryAfter && {
          'Retry-After': String(failure.retryAfter),
        }),
      });
      res.end();
      return;
    }
    if (failure?.error) {
      answer(res, { ok: false, error: failure.error });
      return;
    }
    answer(res, methods[method](params));
  });
  await new Promise<void>(resolve =>
    server.listen(options.port ?? 0, '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    /** The members of a user group, as Slack ids. */
    membersOf: (userGroupId: string) => userGroups.get(userGroupId),
    /** The next call of `method` fails this way (again for each given). */
    fail(method: string, ...planned: SlackFailure[]) {
      failures.set(method, [...(failures.get(method) ?? []), ...planned]);
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}
