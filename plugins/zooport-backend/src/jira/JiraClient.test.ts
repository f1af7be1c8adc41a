import { startFakeJira } from './__testUtils__/fakeJira';
import { issueBody, IssueSource } from './issueBody';
import { JiraClient, jiraTargets } from './JiraClient';
import { JiraSettings } from './jiraSettings';

const source: IssueSource = {
  request: {
    id: '8d2b1e4c-7f3a-4b5d-9e6f-1a2b3c4d5e6f',
    teamRef: 'group:default/platform-software',
    typeName: 'Bug report',
    title: 'Deploys hang at 90%',
    description: 'Since Monday.\n\nEvery deploy of **billing** hangs.',
    priority: 'high',
    requesterRef: 'user:default/dave',
  },
  project: { key: 'ABC', issueType: 'Bug' },
  link: 'https://portal.example.com/zooport/requests/8d2b1e4c-7f3a-4b5d-9e6f-1a2b3c4d5e6f',
};

describe('JiraClient', () => {
  let jira: Awaited<ReturnType<typeof startFakeJira>>;
  beforeEach(async () => {
    jira = await startFakeJira();
  });
  afterEach(() => jira.close());

  const clientOf = (settings: Partial<JiraSettings> = {}) =>
    new JiraClient(
      {
        baseUrl: jira.baseUrl,
        authorization: 'Bearer server-token',
        apiVersion: 2,
        ...settings,
      },
      jiraTargets(['127.0.0.1']),
    );

  it('posts the issue as Jira documents it and answers its key and browse address', async () => {
    const issue = await clientOf().createIssue(issueBody(source, 2));

    expect(issue).toEqual({
      key: 'ABC-1',
      url: `${jira.baseUrl}/browse/ABC-1`,
    });
    expect(jira.calls).toHaveLength(1);
    const [call] = jira.calls;
    expect(call.method).toBe('POST');
    expect(call.path).toBe('/rest/api/2/issue');
    expect(call.headers.authorization).toBe('Bearer server-token');
    expect(call.headers['content-type']).toBe('application/json');
    expect(call.body).toEqual({
      fields: {
        project: { key: 'ABC' },
        issuetype: { name: 'Bug' },
        summary: 'Deploys hang at 90%',
        description: expect.any(String),
        labels: ['zooport', 'platform-software', 'bug-report'],
      },
    });
    expect(call.body.fields.description).toContain(
      `Zooport request: ${source.link}`,
    );
    expect(call.body.fields.description).toContain(
      'Every deploy of **billing** hangs.',
    );
  });

  it('sends version 3 an Atlassian Document with the link back marked', async () => {
    await clientOf({
      apiVersion: 3,
      authorization: `Basic ${Buffer.from(
        'ops@example.com:cloud-token',
      ).toString('base64')}`,
    }).createIssue(issueBody(source, 3));

    const [call] = jira.calls;
    expect(call.path).toBe('/rest/api/3/issue');
    expect(
      Buffer.from(
        call.headers.authorization!.replace('Basic ', ''),
        'base64',
      ).toString(),
    ).toBe('ops@example.com:cloud-token');
    const { description } = call.body.fields;
    expect(description).toMatchObject({ type: 'doc', version: 1 });
    expect(description.content[0].content).toContainEqual({
      type: 'text',
      text: source.link,
      marks: [{ type: 'link', attrs: { href: source.link } }],
    });
    expect(description.content.at(-1)).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Every deploy of **billing** hangs.' }],
    });
    // Jira refuses empty text nodes.
    expect(JSON.stringify(description)).not.toContain('"text":""');
  });

  it("fails with Jira's reasons when it refuses the issue", async () => {
    jira.answerNext({
      status: 400,
      body: {
        errorMessages: [],
        errors: { issuetype: 'Specify a valid issue type' },
      },
    });
    await expect(clientOf().createIssue(issueBody(source, 2))).rejects.toThrow(
      'HTTP 400: issuetype: Specify a valid issue type',
    );
  });

  it('fails without a key in the answer', async () => {
    jira.answerNext({ status: 201, body: { id: '10000' } });
    await expect(clientOf().createIssue(issueBody(source, 2))).rejects.toThrow(
      'without an issue key',
    );
  });

  it('refuses an internal Jira host that is not allowed, without calling it', async () => {
    const client = new JiraClient(
      { baseUrl: jira.baseUrl, authorization: 'Bearer t', apiVersion: 2 },
      jiraTargets(),
    );
    await expect(client.createIssue(issueBody(source, 2))).rejects.toThrow(
      '127.0.0.1 is not a public address; a Zooport admin can allow it in zooport.jira.allowedHosts',
    );
    expect(jira.calls).toEqual([]);
  });
});
