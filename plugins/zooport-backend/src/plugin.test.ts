import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { zooportPlugin } from './plugin';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

describe('zooportPlugin', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'starts on %p, runs its migrations and answers its health route',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          zooportPlugin,
          mockServices.database.factory({ knex }),
          catalogServiceMock.factory({ entities: [] }),
        ],
      });

      const response = await request(server).get('/api/zooport/health');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        status: 'ok',
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
      expect(await knex.schema.hasTable('desks')).toBe(true);
      for (const table of ['overrides', 'requests', 'kb_entries']) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'on %p creates the configured seed desks and entries, skipping broken ones',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const seed = {
        team: 'group:default/platform-software',
        animal: { name: 'turtle' },
        hours: { timeZone: 'Europe/Berlin', weekly: [], holidays: [] },
      };
      const config = mockServices.rootConfig.factory({
        data: {
          zooport: {
            seedDesks: [
              seed,
              { team: 'group:default/broken', animal: { name: '' } },
            ],
            seedEntries: [
              {
                team: 'platform-software',
                kind: 'faq',
                title: 'How do I get a preview environment?',
                body: 'Label the pull request.',
              },
              { team: 'platform-software', kind: 'faq', title: 'No answer' },
            ],
          },
        },
      });
      const { server } = await startTestBackend({
        features: [
          zooportPlugin,
          mockServices.database.factory({ knex }),
          config,
          catalogServiceMock.factory({ entities: [] }),
        ],
      });

      const response = await request(server)
        .get('/api/zooport/desks')
        .set('Authorization', mockCredentials.user.header());

      expect(response.status).toBe(200);
      expect(
        response.body.items.map((d: any) => [
          d.teamRef,
          d.animal.name,
          d.revision,
        ]),
      ).toEqual([['group:default/platform-software', 'turtle', 1]]);

      const entries = await request(server)
        .get('/api/zooport/entries')
        .set('Authorization', mockCredentials.user.header());
      expect(
        entries.body.items.map((e: any) => [e.teamRef, e.title, e.authorRef]),
      ).toEqual([
        [
          'group:default/platform-software',
          'How do I get a preview environment?',
          'config:zooport.seedEntries',
        ],
      ]);
    },
  );
});
