import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { WebhookFormat } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  alice,
  dave,
  platformDesk,
  platformTeam,
  testOrganisation,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from '../database/migrations';
import { deskInputSchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { createZooportServices } from '../wiring';

jest.setTimeout(60_000);

/** A Monday, 10:00 in Berlin: the desk is open. */
const monday = DateTime.fromISO('2026-03-02T10:00', { zone: 'Europe/Berlin' });

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let services: ReturnType<typeof createZooportServices>;
  let server: Server;
  const received: { contentType?: string; body: string }[] = [];

  beforeEach(async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    services = createZooportServices({
      knex,
      config: mockServices.rootConfig({
        data: {
          app: { baseUrl: 'https://portal.example.com' },
          // The test receiver listens on this machine.
          zooport: { webhooks: { allowedHosts: ['127.0.0.1'] } },
        },
      }),
      logger: mockServices.logger.mock(),
      catalog: catalogServiceMock({ entities: testOrganisation }),
      auth: mockServices.auth(),
      notifications: { send: async () => {} },
      now: () => monday,
    });
    await services.desks.putDesk({
      teamRef: platformTeam,
      input: parseInput(deskInputSchema, platformDesk()),
      updatedBy: alice,
      now: monday.minus({ weeks: 1 }),
    });
    received.length = 0;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', chunk => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ contentType: req.headers['content-type'], body });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  });

  afterEach(async () => {
    await new Promise(resolve => server.close(resolve));
  });

  async function setWebhook(format: WebhookFormat) {
    const { port } = server.address() as AddressInfo;
    await services.webhooks.setWebhook(
      platformTeam,
      `http://127.0.0.1:${port}/hook`,
      alice,
      monday,
      format,
    );
  }

  async function file(title: string) {
    const [question] = await services.requestTypes.listTypes(
      platformTeam,
      monday,
    );
    const { request } = await services.requests.create(
      {
        teamRef: platformTeam,
        typeId: question.id,
        title,
        description: '',
        fields: {},
        impact: 'high',
        urgency: 'high',
      },
      dave,
      monday,
    );
    return request;
  }

  /** The one post the receiver got, as JSON, after checking its type. */
  async function posted() {
    await services.tasks.webhookSender.run(monday);
    expect(received).toHaveLength(1);
    expect(received[0].contentType).toBe('application/json');
    const [delivery] = await services.webhooks.deliveries(platformTeam);
    expect(delivery.deliveredAt).not.toBeNull();
    return JSON.parse(received[0].body);
  }

  it('posts the event as it is in json', async () => {
    await setWebhook('json');
    const request = await file('The deploy is stuck');
    expect(await posted()).toMatchObject({
      event: 'request.created',
      desk: { teamRef: platformTeam, animal: 'turtle' },
      request: {
        id: request.id,
        title: 'The deploy is stuck',
        priority: 'urgent',
        link: `/zooport/requests/${request.id}`,
      },
    });
  });

  it('posts a Teams message with an Adaptive Card linking to the portal', async () => {
    await setWebhook('teams');
    const request = await file('The deploy is stuck & <b>red</b>');
    const message = await posted();
    expect(message).toMatchObject({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { type: 'AdaptiveCard', version: '1.4' },
        },
      ],
    });
    const card = message.attachments[0].content;
    expect(card.body.map((block: { text?: string }) => block.text)).toEqual([
      '🐢 turtle: new urgent request',
      'The deploy is stuck & \\<b\\>red\\</b\\>',
      undefined,
    ]);
    expect(card.body[2].facts).toContainEqual({
      title: 'Desk',
      value: '🐢 turtle (platform-software)',
    });
    expect(card.body[2].facts).toContainEqual({
      title: 'First response due',
      value: 'Mon 2 Mar, 10:05 (Europe/Berlin)',
    });
    expect(card.actions[0].url).toBe(
      `https://portal.example.com/zooport/requests/${request.id}`,
    );
  });

  it('posts a Slack Block Kit message with an escaped fallback text', async () => {
    await setWebhook('slack');
    const request = await file('The deploy is stuck & <b>red</b>');
    const message = await posted();
    expect(message.text).toBe(
      '🐢 turtle: new urgent request: The deploy is stuck &amp; &lt;b&gt;red&lt;/b&gt;',
    );
    expect(message.blocks.map((block: { type: string }) => block.type)).toEqual(
      ['header', 'section', 'section', 'context'],
    );
    expect(message.blocks[3].elements[0].text).toBe(
      `<https://portal.example.com/zooport/requests/${request.id}|Open in Zooport>`,
    );
  });

  it('posts in the format the webhook has when the post goes out', async () => {
    await setWebhook('json');
    await file('The deploy is stuck');
    await setWebhook('slack');
    expect((await posted()).blocks[0].text.text).toBe(
      '🐢 turtle: new urgent request',
    );
  });
});
