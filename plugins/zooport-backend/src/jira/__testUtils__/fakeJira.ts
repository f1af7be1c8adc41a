import { createServer, IncomingHttpHeaders } from 'node:http';
import { AddressInfo } from 'node:net';

/** A call the fake Jira received. */
export interface JiraCall {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/** An answer the fake Jira gives: a status and a JSON body. */
export interface JiraAnswer {
  status: number;
  body: unknown;
}

/**
 * A local HTTP server answering like Jira's `POST /rest/api/{2,3}/issue`:
 * `201 {"id","key","self"}` with keys ABC-1, ABC-2, … unless an answer is
 * queued with `answerNext`. It keeps every call it received.
 */
export async function startFakeJira() {
  const calls: JiraCall[] = [];
  const queued: JiraAnswer[] = [];
  let created = 0;
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', chunk => {
      text += chunk;
    });
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      const answer = queued.shift() ?? created201();
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function created201(): JiraAnswer {
    created += 1;
    const id = String(10000 + created - 1);
    return {
      status: 201,
      body: {
        id,
        key: `ABC-${created}`,
        self: `${baseUrl}/rest/api/2/issue/${id}`,
      },
    };
  }

  return {
    baseUrl,
    calls,
    answerNext(answer: JiraAnswer) {
      queued.push(answer);
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
