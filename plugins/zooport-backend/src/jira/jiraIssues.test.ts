import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { requestPath } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  bob,
  dave,
  platformDesk,
  platformTeam,
  recordingNotifications,
  testOrganisation,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import {
  requestInputSchema,
  transitionInputSchema,
} from '../service/validation/requests';
import { createZooportServices } from '../wiring';
import { startFakeJira } from './__testUtils__/fakeJira';

jest.setTimeout(60_000);

/** A Monday at noon in Berlin; bob is on duty at the platform desk. */
const now = DateTime.fromISO('2026-03-02T12:00', { zone: 'Europe/Berlin' });
const portal = 'https://portal.example.com';
const asDesk = { userRef: bob, asDesk: true };

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;
  let jira: Awaited<ReturnType<typeof startFakeJira>>;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    jira = await startFakeJira();
  });
  afterEach(() => jira?.close());

  /** One replica's services, linked to the fake Jira unless told otherwise. */
  function services(options: { jira?: boolean } = {}) {
    return createZooportServices({
      knex,
      config: mockServices.rootConfig({
        data: {
          app: { baseUrl: portal },
          zooport:
            options.jira === false
              ? {}
              : {
                  jira: {
                    baseUrl: `${jira.baseUrl}/`,
                    token: 'server-token',
                    allowedHosts: ['127.0.0.1'],
                  },
                },
        },
      }),
      logger: mockServices.logger.mock(),
      catalog: catalogServiceMock({ entities: testOrganisation }),
      auth: mockServices.auth(),
      notifications: recordingNotifications().service,
      now: () => now,
    });
  }

  type Services = ReturnType<typeof services>;

  async function linkDesk(zooport: Services, jiraProject: unknown) {
    await zooport.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk({ jiraProject })),
      updatedBy: dave,
      now: now.minus({ weeks: 1 }),
    });
  }

  async function bugTypeOf(zooport: Services) {
    const types = await zooport.requestTypes.listTypes(platformTeam, now);
    return types.find(type => type.name === 'Bug report')!;
  }

  async function fileBug(zooport: Services) {
    const type = await bugTypeOf(zooport);
    const { request } = await zooport.requests.create(
      parseInput(requestInputSchema, {
        teamRef: platformTeam,
        typeId: type.id,
        title: 'Deploys hang at 90%',
        description: 'Every deploy of billing hangs.',
      }),
      dave,
      now,
    );
    return request;
  }

  const resolveAsBug = (zooport: Services, id: string, url?: string) =>
    zooport.requests.transition(
      id,
      parseInput(transitionInputSchema, {
        action: 'resolve',
        resolution: { category: 'bug_ticket_created', ...(url && { url }) },
      }),
      asDesk,
      now,
    );

  const jobs = () => knex('jira_issue_jobs').select();

  it('files the issue after the resolution commits, once, and keeps its key on the request', async () => {
    const zooport = services();
    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const request = await fileBug(zooport);

    const resolved = await resolveAsBug(zooport, request.id);
    expect(resolved.status).toBe('resolved');
    expect(jira.calls).toEqual([]);
    expect(await zooport.jira!.detailOf(request, true)).toEqual({
      project: { key: 'ABC', issueType: 'Bug' },
      issue: {
        state: 'pending',
        key: null,
        url: null,
        attempts: 0,
        error: null,
        nextAttemptAt: now.toUTC().toISO(),
      },
    });

    await zooport.tasks.jiraIssueSender!.run(now);
    expect(jira.calls).toHaveLength(1);
    const [call] = jira.calls;
    expect(call.method).toBe('POST');
    expect(call.path).toBe('/rest/api/2/issue');
    expect(call.headers.authorization).toBe('Bearer server-token');
    expect(call.body.fields).toMatchObject({
      project: { key: 'ABC' },
      issuetype: { name: 'Bug' },
      summary: 'Deploys hang at 90%',
      labels: ['zooport', 'platform-software', 'bug-report'],
    });
    expect(call.body.fields.description).toContain(
      `${portal}${requestPath(request.id)}`,
    );
    expect((await zooport.jira!.detailOf(request, false)).issue).toEqual({
      state: 'created',
      key: 'ABC-1',
      url: `${jira.baseUrl}/browse/ABC-1`,
      attempts: 1,
      error: null,
      nextAttemptAt: null,
    });

    // Later runs, a reopening and a second resolution file nothing more.
    await zooport.tasks.jiraIssueSender!.run(now.plus({ hours: 5 }));
    await zooport.requests.transition(
      request.id,
      parseInput(transitionInputSchema, { action: 'reopen' }),
      asDesk,
      now,
    );
    await resolveAsBug(zooport, request.id);
    await zooport.tasks.jiraIssueSender!.run(now.plus({ days: 1 }));
    expect(jira.calls).toHaveLength(1);
    expect(await jobs()).toHaveLength(1);
  });

  it('retries a failure with backoff and shows the desk why', async () => {
    const zooport = services();
    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const request = await fileBug(zooport);
    await resolveAsBug(zooport, request.id);
    jira.answerNext({
      status: 503,
      body: { errorMessages: ['Jira is down for maintenance'], errors: {} },
    });

    await zooport.tasks.jiraIssueSender!.run(now);
    const failed = await zooport.jira!.detailOf(request, true);
    expect(failed.issue).toMatchObject({
      state: 'failed',
      key: null,
      attempts: 1,
      error: 'HTTP 503: Jira is down for maintenance',
      nextAttemptAt: now.plus({ minutes: 1 }).toUTC().toISO(),
    });
    // The requester sees that it failed, not Jira's words.
    expect((await zooport.jira!.detailOf(request, false)).issue?.error).toBe(
      null,
    );

    await zooport.tasks.jiraIssueSender!.run(now.plus({ seconds: 30 }));
    expect(jira.calls).toHaveLength(1);
    await zooport.tasks.jiraIssueSender!.run(now.plus({ minutes: 1 }));
    expect(jira.calls).toHaveLength(2);
    expect((await zooport.jira!.detailOf(request, true)).issue).toMatchObject({
      state: 'created',
      key: 'ABC-1',
      error: null,
    });
  });

  it('posts nothing for a request whose issue was stored by an attempt that did not finish', async () => {
    const zooport = services();
    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const request = await fileBug(zooport);
    await resolveAsBug(zooport, request.id);
    // A replica stored the key and died before marking the job done.
    await knex('requests')
      .where({ id: request.id })
      .update({ jira_issue_key: 'ABC-7', jira_issue_url: 'https://x/ABC-7' });

    await zooport.tasks.jiraIssueSender!.run(now);
    expect(jira.calls).toEqual([]);
    const [job] = await jobs();
    expect(job.filed_at).not.toBeNull();
    expect((await zooport.jira!.detailOf(request, true)).issue?.key).toBe(
      'ABC-7',
    );
  });

  it("files in the request type's project before the desk's", async () => {
    const zooport = services();
    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const type = await bugTypeOf(zooport);
    await zooport.requestTypes.updateType({
      teamRef: platformTeam,
      id: type.id,
      input: { ...type, jiraProject: { key: 'OPS_2', issueType: 'Task' } },
      by: dave,
      now,
    });
    const request = await fileBug(zooport);
    await resolveAsBug(zooport, request.id);

    await zooport.tasks.jiraIssueSender!.run(now);
    expect(jira.calls[0].body.fields).toMatchObject({
      project: { key: 'OPS_2' },
      issuetype: { name: 'Task' },
    });
  });

  it('keeps a pasted URL instead of filing, and wants one where no project is named', async () => {
    const zooport = services();
    await linkDesk(zooport, null);
    const request = await fileBug(zooport);

    await expect(resolveAsBug(zooport, request.id)).rejects.toThrow(
      'resolution.url: is required for bug_ticket_created',
    );
    expect((await zooport.requests.readStored(request.id)).status).toBe('new');

    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const resolved = await resolveAsBug(
      zooport,
      request.id,
      'https://jira.example.com/browse/ABC-99',
    );
    expect(resolved.resolution?.url).toBe(
      'https://jira.example.com/browse/ABC-99',
    );
    expect(await jobs()).toEqual([]);
  });

  it('queues no issue when the resolution is not written', async () => {
    const zooport = services();
    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const request = await fileBug(zooport);
    const stored = await zooport.requests.readStored(request.id);
    // Someone releases the request meanwhile.
    await zooport.requests.assign(request.id, null, bob, now);

    await expect(
      zooport.jira!.resolveWithIssue(
        stored,
        { ...stored, status: 'resolved' },
        [],
        now,
      ),
    ).rejects.toThrow('changed by someone else');
    expect(await jobs()).toEqual([]);
  });

  it('wants the URL as before when Jira is not configured', async () => {
    const zooport = services({ jira: false });
    expect(zooport.jira).toBeUndefined();
    expect(zooport.tasks.jiraIssueSender).toBeUndefined();
    await linkDesk(zooport, { key: 'ABC', issueType: 'Bug' });
    const request = await fileBug(zooport);
    await expect(resolveAsBug(zooport, request.id)).rejects.toThrow(
      'resolution.url: is required for bug_ticket_created',
    );
  });

  it('refuses a project key Jira would not have', () => {
    for (const key of ['abc', '1AB', 'A', 'AB-C', 'ABC ']) {
      expect(() =>
        parseInput(
          deskInputSchema,
          platformDesk({ jiraProject: { key, issueType: 'Bug' } }),
        ),
      ).toThrow('jiraProject.key: must be a Jira project key');
    }
    expect(() =>
      parseInput(
        deskInputSchema,
        platformDesk({ jiraProject: { key: 'ABC', issueType: ' ' } }),
      ),
    ).toThrow('jiraProject.issueType');
  });
});
