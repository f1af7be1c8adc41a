import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Desk, StoredRequest } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { noticeText, RequestNotifier } from './RequestNotifier';
import { DisplayNames, refName } from './TeamDirectory';

const now = DateTime.fromISO('2026-03-04T10:00:00Z');

describe('noticeText', () => {
  it.each([
    ['a lone CR', 'disk\rfull', 'disk full'],
    ['CRLF', 'disk\r\nfull', 'disk full'],
    ['LF', 'disk\nfull', 'disk full'],
    ['a tab', 'disk\tfull', 'disk full'],
    ['NUL and escape', 'disk \u0000\u001b[31mfull', 'disk [31mfull'],
    ['a bell at the end', 'disk full\u0007', 'disk full'],
    ['DEL and a C1 control', 'disk\u007f\u009b full', 'disk full'],
    ['next line', 'disk\u0085full', 'disk full'],
    ['line and paragraph separators', 'disk\u2028\u2029full', 'disk full'],
    ['white space at the ends', '\n  disk full \r', 'disk full'],
    ['markdown, kept as text', '**bold** [link](x)', '**bold** [link](x)'],
    ['emoji', '🐢 turtle', '🐢 turtle'],
  ])('turns %s into one line of text', (_name, text, expected) => {
    expect(noticeText(text)).toBe(expected);
  });
});

describe('RequestNotifier', () => {
  // Dave has a display name in the catalog; Alice goes by her ref name.
  const people: DisplayNames = {
    displayNames: async () => ref =>
      ref === 'user:default/dave' ? 'Dave Lindqvist' : refName(ref),
  };
  function notifier() {
    const sent: NotificationSendOptions[] = [];
    return {
      sent,
      notifier: new RequestNotifier(
        { send: async options => void sent.push(options) },
        mockServices.logger.mock(),
        people,
      ),
    };
  }

  const desk = {
    teamRef: 'group:default/platform-software',
    animal: { name: 'turtle\rsnail', emoji: '🐢' },
  } as Desk;
  const request = {
    id: 'r1',
    title: 'Disk\r\nfull\ron db-1\u0007',
    priority: 'high',
    status: 'new',
    requesterRef: 'user:default/dave',
    assigneeRef: 'user:default/alice',
    firstResponse: { dueAt: '2026-03-04T12:00:00.000Z' },
    resolutionMilestones: { dueAt: '2026-03-05T10:00:00.000Z' },
  } as StoredRequest;

  /** Files a request and delivers its notices as the notice outbox would. */
  async function deliverFiled(requests: RequestNotifier, filed: StoredRequest) {
    for (const { notice } of (await requests.filed(filed, desk, now)).notices) {
      await requests.deliver(notice);
    }
  }

  it('sends titles and descriptions without control characters', async () => {
    const { sent, notifier: requests } = notifier();

    await deliverFiled(requests, request);
    await requests.escalated(
      request,
      desk,
      ['user:default/carol'],
      'user:default/dave',
      'still\rdown\n\nplease',
    );

    expect(
      sent.map(({ payload }) => [payload.title, payload.description]),
    ).toEqual([
      [
        '🐢 turtle snail: new high request',
        'Dave Lindqvist asks: Disk full on db-1',
      ],
      [
        '🐢 turtle snail: request escalated',
        'Dave Lindqvist escalated "Disk full on db-1": still down please',
      ],
    ]);
  });

  it("announces a new request to its desk's webhook, and nobody to an empty list of people", async () => {
    const { notifier: requests } = notifier();
    const unassigned = { ...request, assigneeRef: null };

    const announced = await requests.filed(unassigned, desk, now);

    expect(announced.notices).toEqual([]);
    expect(announced.webhooks).toEqual([
      {
        teamRef: desk.teamRef,
        event: 'request.created',
        payload: expect.objectContaining({
          event: 'request.created',
          request: expect.objectContaining({ id: 'r1', assigneeRef: null }),
        }),
      },
    ]);
  });

  it('tells the requester how the request was resolved, with the start of the note', async () => {
    const { sent, notifier: requests } = notifier();
    const resolved = {
      ...request,
      status: 'resolved',
      resolution: {
        category: 'faq_entry',
        note: `Rerun it with **--force**.\n\n${'More. '.repeat(80)}`,
        entryId: 'entry-42',
        minutesSpent: 5,
      },
    } as StoredRequest;

    await requests.statusChanged(resolved, 'user:default/alice');
    await requests.statusChanged(
      { ...resolved, resolution: { category: 'answered', minutesSpent: 1 } },
      'user:default/alice',
    );

    const [withNote, withoutNote] = sent.map(({ payload }) => payload);
    expect(withNote.title).toBe('Your request was resolved');
    expect(withNote.description).toMatch(
      /^Disk full on db-1 — by alice\. Answered by an FAQ entry: Rerun it with \*\*--force\*\*\. More\. More\./,
    );
    expect(withNote.description).toMatch(/…$/);
    expect(withNote.description!.length).toBeLessThan(400);
    expect(withoutNote.description).toBe(
      'Disk full on db-1 — by alice. Answered',
    );
    expect(sent.map(({ recipients }) => recipients)).toEqual([
      { type: 'entity', entityRef: ['user:default/dave'] },
      { type: 'entity', entityRef: ['user:default/dave'] },
    ]);
  });

  it('puts the question of a waiting request in the notice', async () => {
    const { sent, notifier: requests } = notifier();
    const waiting = {
      ...request,
      status: 'waiting_for_requester',
    } as StoredRequest;

    await requests.statusChanged(
      waiting,
      'user:default/alice',
      'Which\ncluster?',
    );
    await requests.statusChanged(waiting, 'user:default/alice');

    expect(sent.map(({ payload }) => payload.description)).toEqual([
      'Disk full on db-1 — by alice. They ask: Which cluster?',
      'Disk full on db-1 — by alice',
    ]);
  });

  it('asks the approvers of a new request, and tells the requester and the assignee what they decided', async () => {
    const { sent, notifier: requests } = notifier();
    const pending = {
      ...request,
      approval: {
        state: 'pending',
        approvers: ['user:default/carol', 'user:default/dave'],
        by: null,
        at: null,
        note: null,
      },
    } as StoredRequest;

    await deliverFiled(requests, pending);
    await requests.approvalDecided(
      {
        ...pending,
        approval: {
          ...pending.approval!,
          state: 'rejected',
          by: 'user:default/carol',
          note: 'Not on\nproduction',
        },
      },
      'user:default/carol',
    );

    expect(
      sent.map(({ recipients, payload }) => [
        recipients,
        payload.title,
        payload.description,
      ]),
    ).toEqual([
      [
        { type: 'entity', entityRef: ['user:default/alice'] },
        '🐢 turtle snail: new high request',
        'Dave Lindqvist asks: Disk full on db-1',
      ],
      // Dave filed it: he is not asked to approve his own request.
      [
        { type: 'entity', entityRef: ['user:default/carol'] },
        '🐢 turtle snail: your approval is needed',
        'Dave Lindqvist asks: Disk full on db-1',
      ],
      [
        {
          type: 'entity',
          entityRef: ['user:default/dave', 'user:default/alice'],
        },
        'Request rejected',
        'Disk full on db-1 — rejected by carol: Not on production',
      ],
    ]);
  });

  it('says when a turn starts on the wall clock of the desk, naming its zone', async () => {
    const { sent, notifier: requests } = notifier();
    await requests.handoffAhead(
      'user:default/alice',
      { ...desk, timeZone: 'Europe/Berlin' },
      '2026-03-04T08:00:00.000Z',
      'on duty',
    );
    expect(sent[0].payload.description).toBe(
      'You are on duty from Wed 4 Mar, 09:00 (Europe/Berlin).',
    );
  });
});
