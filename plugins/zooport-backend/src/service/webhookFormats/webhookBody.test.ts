import {
  DailyDigest,
  PlanningReminder,
  WebhookFormat,
  WeeklyReport,
} from '@zooport/plugin-zooport-common';
import { DeskEventContext } from './deskEventCard';
import { webhookBody } from './webhookBody';

const context: DeskEventContext = {
  desk: {
    teamRef: 'group:default/platform-software',
    animal: { name: 'turtle', emoji: '🐢' },
    hours: { timeZone: 'Europe/Berlin', weekly: [], holidays: [] },
    rotation: null,
  },
  teamName: 'Platform Software',
  portalBaseUrl: 'https://portal.example.com/',
};

function requestEvent(event: string, title = 'Preview environment, please') {
  return {
    event,
    at: '2026-12-02T08:00:00.000Z',
    desk: { teamRef: context.desk.teamRef, animal: 'turtle' },
    request: {
      id: 'r-1',
      title,
      type: 'Question',
      priority: 'urgent',
      status: 'new',
      requesterRef: 'user:default/dave',
      assigneeRef: 'user:default/amara',
      firstResponseDueAt: '2026-12-02T09:00:00.000Z',
      resolutionDueAt: null,
      link: '/zooport/requests/r-1',
    },
  };
}

const noRequests = { total: 0, requests: [] };

const daily: DailyDigest = {
  date: '2026-12-02',
  dueAt: '2026-12-02T08:30:00.000+01:00',
  teamRef: context.desk.teamRef,
  timeZone: 'Europe/Berlin',
  enabled: true,
  since: '2026-12-01T07:30:00.000Z',
  recipients: ['user:default/amara'],
  link: '/catalog/default/group/platform-software/zooport',
  newSince: { ...noRequests, total: 2 },
  open: { ...noRequests, total: 3 },
  atRisk: noRequests,
  breached: noRequests,
  oldestWaiting: noRequests,
};

const weekly = {
  date: '2026-11-30',
  dueAt: '2026-11-30T09:00:00.000+01:00',
  teamRef: context.desk.teamRef,
  timeZone: 'Europe/Berlin',
  enabled: true,
  recipients: [context.desk.teamRef],
  link: '/catalog/default/group/platform-software/zooport',
  week: { from: '2026-11-23', to: '2026-11-29' },
  weekBefore: { from: '2026-11-16', to: '2026-11-22' },
  figures: [{ name: 'filed', week: 7, weekBefore: 5 }],
  topics: [],
} as Partial<WeeklyReport> as WeeklyReport;

const planning: PlanningReminder = {
  date: '2026-11-30',
  dueAt: '2026-11-30T10:00:00.000+01:00',
  teamRef: context.desk.teamRef,
  timeZone: 'Europe/Berlin',
  enabled: true,
  recipients: [context.desk.teamRef],
  link: '/catalog/default/group/platform-software/zooport?edit=rotation',
  nextWeek: { from: '2026-12-07', to: '2026-12-13' },
  onDuty: [],
  gaps: [],
  fallback: null,
};

const digestEvent = (
  event: string,
  digest: DailyDigest | WeeklyReport | PlanningReminder,
) => ({ event, at: '2026-12-02T08:00:00.000Z', digest });

async function post(
  format: WebhookFormat,
  event: string,
  payload: unknown,
  withContext: DeskEventContext = context,
) {
  return JSON.parse(
    await webhookBody(format, event, payload, async () => withContext),
  );
}

/** The card of a Teams message. */
async function teamsCard(event: string, payload: unknown) {
  const message = await post('teams', event, payload);
  expect(message).toMatchObject({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', version: '1.4' },
      },
    ],
  });
  return message.attachments[0].content;
}

describe('webhookBody', () => {
  it('posts the event as it is for json, without reading the desk', async () => {
    const payload = requestEvent('request.created');
    const readDesk = jest.fn();
    expect(
      JSON.parse(
        await webhookBody('json', 'request.created', payload, readDesk),
      ),
    ).toEqual(payload);
    expect(readDesk).not.toHaveBeenCalled();
  });

  describe('teams', () => {
    it('shows a new request: what happened, desk, title, priority, SLA due and the link', async () => {
      const card = await teamsCard(
        'request.created',
        requestEvent('request.created'),
      );
      expect(card.body).toEqual([
        expect.objectContaining({
          type: 'TextBlock',
          text: '🐢 turtle: new urgent request',
          weight: 'Bolder',
        }),
        expect.objectContaining({
          type: 'TextBlock',
          text: 'Preview environment, please',
        }),
        {
          type: 'FactSet',
          facts: [
            { title: 'Desk', value: '🐢 turtle (Platform Software)' },
            { title: 'Priority', value: 'urgent' },
            { title: 'Type', value: 'Question' },
            {
              title: 'First response due',
              value: 'Wed 2 Dec, 10:00 (Europe/Berlin)',
            },
            { title: 'Resolution due', value: 'none' },
          ],
        },
      ]);
      expect(card.actions).toEqual([
        {
          type: 'Action.OpenUrl',
          title: 'Open in Zooport',
          url: 'https://portal.example.com/zooport/requests/r-1',
        },
      ]);
    });

    it('says a request missed its SLA target', async () => {
      const card = await teamsCard(
        'request.breached',
        requestEvent('request.breached'),
      );
      expect(card.body[0].text).toBe(
        '🐢 turtle: urgent request missed its SLA target',
      );
    });

    it('escapes Markdown, list markers and DATE functions in people’s text', async () => {
      const card = await teamsCard(
        'request.created',
        requestEvent(
          'request.created',
          '- **urgent** [click](https://evil.example) {{DATE(2026-01-01T00:00:00Z)}}\n# _now_',
        ),
      );
      expect(card.body[1].text).toBe(
        '\\- \\*\\*urgent\\*\\* \\[click\\](https://evil.example) {\u200b{DATE(2026-01-01T00:00:00Z)}} \\# \\_now\\_',
      );
      const numbered = await teamsCard(
        'request.created',
        requestEvent('request.created', '1. first'),
      );
      expect(numbered.body[1].text).toBe('1\\. first');
    });
  });

  describe('slack', () => {
    it('shows a new request as Block Kit with a fallback text', async () => {
      expect(
        await post('slack', 'request.created', requestEvent('request.created')),
      ).toEqual({
        text: '🐢 turtle: new urgent request: Preview environment, please',
        blocks: [
          {
            type: 'header',
            text: { type: 'plain_text', text: '🐢 turtle: new urgent request' },
          },
          {
            type: 'section',
            text: { type: 'mrkdwn', text: 'Preview environment, please' },
          },
          {
            type: 'section',
            fields: [
              { type: 'mrkdwn', text: '*Desk*\n🐢 turtle (Platform Software)' },
              { type: 'mrkdwn', text: '*Priority*\nurgent' },
              { type: 'mrkdwn', text: '*Type*\nQuestion' },
              {
                type: 'mrkdwn',
                text: '*First response due*\nWed 2 Dec, 10:00 (Europe/Berlin)',
              },
              { type: 'mrkdwn', text: '*Resolution due*\nnone' },
            ],
          },
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: '<https://portal.example.com/zooport/requests/r-1|Open in Zooport>',
              },
            ],
          },
        ],
      });
    });

    it('says a request missed its SLA target', async () => {
      const message = await post(
        'slack',
        'request.breached',
        requestEvent('request.breached'),
      );
      expect(message.blocks[0].text.text).toBe(
        '🐢 turtle: urgent request missed its SLA target',
      );
    });

    it('escapes &, < and > so that people’s text cannot mention or link', async () => {
      const hostile = '<!channel> Tom & Jerry <https://evil.example|click>';
      const message = await post(
        'slack',
        'request.created',
        requestEvent('request.created', hostile),
      );
      const escaped =
        '&lt;!channel&gt; Tom &amp; Jerry &lt;https://evil.example|click&gt;';
      expect(message.blocks[1].text.text).toBe(escaped);
      expect(message.text).toBe(`🐢 turtle: new urgent request: ${escaped}`);
      // The header is plain text, which Slack shows as it is.
      const animal = await post(
        'slack',
        'request.created',
        requestEvent('request.created'),
        { ...context, desk: { ...context.desk, animal: { name: '<!here>' } } },
      );
      expect(animal.blocks[0].text.text).toBe('<!here>: new urgent request');
      expect(animal.blocks[2].fields[0].text).toBe(
        '*Desk*\n&lt;!here&gt; (Platform Software)',
      );
    });

    it('cuts long titles to what a section holds', async () => {
      const message = await post(
        'slack',
        'request.created',
        requestEvent('request.created', '&'.repeat(1000)),
      );
      expect(message.blocks[1].text.text.length).toBeLessThanOrEqual(3000);
      expect(message.blocks[1].text.text).toMatch(/(&amp;)+…$/);
    });
  });

  describe.each<WebhookFormat>(['teams', 'slack'])('%s', format => {
    /** The message's headline, text and link, whichever the format. */
    async function shown(event: string, payload: unknown, ctx = context) {
      const message = await post(format, event, payload, ctx);
      if (format === 'slack') {
        return {
          headline: message.blocks[0].text.text,
          text: message.blocks.find(
            (b: { type: string; text?: unknown }) =>
              b.type === 'section' && b.text,
          )?.text.text,
          link: message.blocks.find(
            (b: { type: string }) => b.type === 'context',
          )?.elements[0].text,
        };
      }
      const card = message.attachments[0].content;
      return {
        headline: card.body[0].text,
        text: card.body.find(
          (b: { type: string }, i: number) => i > 0 && b.type === 'TextBlock',
        )?.text,
        link: card.actions[0]?.url,
      };
    }

    const linked = (path: string) =>
      format === 'slack'
        ? `<https://portal.example.com${path}|Open in Zooport>`
        : `https://portal.example.com${path}`;

    it.each([
      [
        'digest.daily',
        daily,
        '🐢 turtle: daily digest, Wed 2 Dec',
        '2 new since Tue 1 Dec, 08:30 (Europe/Berlin), 3 open, 0 at risk, 0 breached.',
        '/catalog/default/group/platform-software/zooport',
      ],
      [
        'digest.weekly',
        weekly,
        '🐢 turtle: weekly report, Mon 23 Nov – Sun 29 Nov',
        '7 filed (5); the week before in brackets.',
        '/catalog/default/group/platform-software/zooport',
      ],
      [
        'digest.planning',
        planning,
        '🐢 turtle: who is on support next week, Mon 7 Dec – Sun 13 Dec',
        'Nobody is on duty yet. Every support hour is covered. Times in Europe/Berlin. Plan it in the rotation editor.',
        '/catalog/default/group/platform-software/zooport?edit=rotation',
      ],
    ] as const)(
      'shows %s as its notice reads',
      async (event, digest, headline, text, path) => {
        expect(await shown(event, digestEvent(event, digest))).toEqual({
          headline,
          text,
          link: linked(path),
        });
      },
    );

    it('names an event it does not know, with its desk', async () => {
      expect(
        await shown('request.teleported', { event: 'request.teleported' }),
      ).toEqual({
        headline: '🐢 turtle: request.teleported',
        text: undefined,
        link: undefined,
      });
    });

    it.each(['request.reopened', 'constructor'])(
      'names a request event it has no words for, %s',
      async event => {
        const { headline, text } = await shown(event, requestEvent(event));
        expect(headline).toBe(`🐢 turtle: request event ${event}`);
        expect(text).toBe('Preview environment, please');
      },
    );

    it('leaves the link out without app.baseUrl', async () => {
      const shownWithout = await shown(
        'request.created',
        requestEvent('request.created'),
        { ...context, portalBaseUrl: '' },
      );
      expect(shownWithout.link).toBeUndefined();
    });
  });
});
