import { ResponseError } from '@backstage/errors';
import { RequestTypeInput } from '@zooport/plugin-zooport-common';
import {
  errorResponse,
  platformTeam,
  questionType,
} from '../__testUtils__/fakeZooportApi';
import { faqInput } from '../__testUtils__/knowledgeFixtures';
import { ZooportClient } from './ZooportClient';

function clientAnswering(response: () => Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const client = new ZooportClient({
    discoveryApi: { getBaseUrl: async () => 'http://backend/api/zooport' },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('ZooportClient', () => {
  it('lists requests with repeated desks, comma lists and the cursor', async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ items: [], nextCursor: null }),
    );

    await client.listRequests({
      desk: ['group:default/a', 'group:default/b'],
      status: 'open',
      priority: ['urgent', 'high'],
      assignee: 'me',
      breached: false,
      cursor: 'abc',
    });

    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/zooport/requests');
    expect(url.searchParams.getAll('desk')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      status: 'open',
      priority: 'urgent,high',
      assignee: 'me',
      breached: 'false',
      cursor: 'abc',
    });
  });

  it('posts JSON and answers with the comments of the history', async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ items: [{ id: '1' }] }, 201),
    );

    const events = await client.comment('req 1', {
      body: 'Hi',
      internal: true,
    });

    expect(events).toEqual([{ id: '1' }]);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/zooport/requests/req%201/comments');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'Hi', internal: true }),
    });
  });

  it("asks for a person's shifts by their namespace and name", async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ userRef: 'user:default/mei.chen', shifts: [], observing: [] }),
    );

    await client.getPersonShifts('user:default/mei.chen');

    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/zooport/people/default/mei.chen/shifts',
    );
  });

  it('posts a survey answer, taking the 204, and throws the 409 of a second one', async () => {
    let status = 204;
    const { client, fetch } = clientAnswering(() =>
      status === 204
        ? new Response(null, { status })
        : errorResponse(status, 'ConflictError', 'answered this month'),
    );

    await client.answerSurvey(platformTeam, { score: 7 });
    status = 409;
    const refusal = await client
      .answerSurvey(platformTeam, { score: 7 })
      .catch(error => error);

    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/zooport/desks/default/platform-software/survey/answers',
    );
    expect(fetch.mock.calls[0][1]?.body).toBe(JSON.stringify({ score: 7 }));
    expect(refusal.response.status).toBe(409);
  });

  it("puts a person's stage and reads its history by their namespace and name", async () => {
    const { client, fetch } = clientAnswering(() => json({}));

    await client.setReadinessStage(platformTeam, 'user:default/mei', 'shadow');
    await client.getStageHistory(platformTeam, 'user:default/mei');
    await client.getSurveyTrend(platformTeam, 6);

    expect(fetch.mock.calls.map(([url, init]) => [url, init?.method])).toEqual([
      [
        'http://backend/api/zooport/desks/default/platform-software/readiness/people/default/mei',
        'PUT',
      ],
      [
        'http://backend/api/zooport/desks/default/platform-software/readiness/people/default/mei/history',
        undefined,
      ],
      [
        'http://backend/api/zooport/desks/default/platform-software/survey/trend?months=6',
        undefined,
      ],
    ]);
  });

  it('puts the assignee of a request, or nobody', async () => {
    const { client, fetch } = clientAnswering(() => json({ id: 'req-1' }));

    await client.assignRequest('req-1', 'user:default/mei');
    await client.assignRequest('req-1', null);

    expect(
      fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]),
    ).toEqual([
      [
        'http://backend/api/zooport/requests/req-1/assignee',
        'PUT',
        JSON.stringify({ assigneeRef: 'user:default/mei' }),
      ],
      [
        'http://backend/api/zooport/requests/req-1/assignee',
        'PUT',
        JSON.stringify({ assigneeRef: null }),
      ],
    ]);
  });

  it('throws the backend refusal as a ResponseError', async () => {
    const { client } = clientAnswering(() =>
      errorResponse(409, 'ConflictError', 'already closed'),
    );

    const refusal = await client
      .transition('req-1', { action: 'close' })
      .catch(error => error);

    expect(ResponseError.is(refusal)).toBe(true);
    expect(refusal.cause.message).toBe('already closed');
  });

  it("reads and puts a desk's webhook with its format", async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ url: null, format: 'json', deliveries: [] }),
    );

    expect(await client.getDeskWebhook(platformTeam)).toEqual({
      url: null,
      format: 'json',
      deliveries: [],
    });
    await client.saveDeskWebhook(platformTeam, {
      url: 'https://hooks.slack.com/services/T0/B0/x',
      format: 'slack',
    });

    const hook =
      'http://backend/api/zooport/desks/default/platform-software/webhook';
    expect(
      fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]),
    ).toEqual([
      [hook, undefined, undefined],
      [
        hook,
        'PUT',
        JSON.stringify({
          url: 'https://hooks.slack.com/services/T0/B0/x',
          format: 'slack',
        }),
      ],
    ]);
  });

  it('reads the request types of a desk by its path', async () => {
    const { client, fetch } = clientAnswering(() => json({ items: [] }));

    await client.listRequestTypes('group:default/platform-software');

    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/zooport/desks/default/platform-software/request-types',
    );
  });

  it('creates, updates on a revision and archives request types by their path', async () => {
    const { client, fetch } = clientAnswering(() => json({ id: 'type 1' }));
    const input: RequestTypeInput = {
      name: 'Access',
      description: '',
      fields: [],
      defaultPriority: 'high',
      sla: questionType.sla,
      approvers: ['user:default/mei'],
      entryIds: [],
    };
    const types =
      'http://backend/api/zooport/desks/default/platform-software/request-types';

    await client.createRequestType(platformTeam, input);
    await client.updateRequestType(
      platformTeam,
      'type 1',
      { ...input, archived: false },
      2,
    );
    const archived = await client.archiveRequestType(platformTeam, 'type 1');

    expect(fetch.mock.calls.map(([url, init]) => [url, init])).toEqual([
      [
        types,
        expect.objectContaining({
          method: 'POST',
          body: JSON.stringify(input),
        }),
      ],
      [
        `${types}/type%201`,
        expect.objectContaining({
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'If-Match': '"2"' },
          body: JSON.stringify({ ...input, archived: false }),
        }),
      ],
      [`${types}/type%201`, { method: 'DELETE' }],
    ]);
    expect(archived).toEqual({ id: 'type 1' });
  });

  it('throws a stale request type save as a 412', async () => {
    const { client } = clientAnswering(() =>
      errorResponse(412, 'PreconditionFailedError', 'changed meanwhile'),
    );

    const refusal = await client
      .updateRequestType(platformTeam, 't', questionType, 1)
      .catch(error => error);

    expect(refusal.response.status).toBe(412);
  });

  it('searches entries with the words, repeated desks and the kind', async () => {
    const { client, fetch } = clientAnswering(() => json({ items: [] }));

    await client.searchEntries('preview env', {
      desk: ['group:default/a', 'group:default/b'],
      kind: 'faq',
    });

    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/zooport/entries/search');
    expect(url.searchParams.get('q')).toBe('preview env');
    expect(url.searchParams.getAll('desk')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(url.searchParams.get('kind')).toBe('faq');
  });

  it('saves an entry conditionally on the revision it was read at', async () => {
    const { client, fetch } = clientAnswering(() => json({ id: 'e 1' }));
    const input = faqInput({ title: 'Q', body: 'A' });

    await client.updateEntry('e 1', input, 4);

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/zooport/entries/e%201');
    expect(init).toMatchObject({
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"4"' },
      body: JSON.stringify(input),
    });
  });

  it('deletes an entry and throws when the backend refuses', async () => {
    const { client, fetch } = clientAnswering(
      () => new Response(null, { status: 204 }),
    );
    await client.deleteEntry('e1');
    expect(fetch.mock.calls[0][1]).toEqual({ method: 'DELETE' });

    const refusing = clientAnswering(() =>
      errorResponse(403, 'NotAllowedError', 'not your desk'),
    );
    const refusal = await refusing.client
      .deleteEntry('e1')
      .catch(error => error);
    expect(refusal.cause.message).toBe('not your desk');
  });

  it('asks for suggestions about an entity, and for the figures of some days', async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ entries: [], desks: [] }),
    );

    await client.suggest('postgres backup', 'component:default/db');
    await client.getDeskFigures('group:default/dba', 30);

    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://backend/api/zooport/suggest?q=postgres+backup&entityRef=component%3Adefault%2Fdb',
      'http://backend/api/zooport/desks/default/dba/figures?days=30',
    ]);
  });

  it('asks for a desk report, the org report and the CSV behind one', async () => {
    const { client, fetch } = clientAnswering(() => json({}));
    const range = { from: '2026-10-27', to: '2026-11-23' };

    await client.getDeskReport('group:default/dba', {
      ...range,
      bucket: 'day',
    });
    await client.getOrgReport({ ...range, bucket: 'week' });
    await client.getReportCsv(
      { ...range, bucket: 'week' },
      'group:default/dba',
    );
    await client.getReportCsv(range);

    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      'http://backend/api/zooport/desks/default/dba/report?from=2026-10-27&to=2026-11-23&bucket=day',
      'http://backend/api/zooport/report?from=2026-10-27&to=2026-11-23&bucket=week',
      'http://backend/api/zooport/desks/default/dba/report.csv?from=2026-10-27&to=2026-11-23',
      'http://backend/api/zooport/report.csv?from=2026-10-27&to=2026-11-23',
    ]);
  });
});
