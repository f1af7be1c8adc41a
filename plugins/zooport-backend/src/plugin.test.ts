import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
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
        features: [zooportPlugin, mockServices.database.factory({ knex })],
      });

      const response = await request(server).get('/api/zooport/health');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        status: 'ok',
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
      expect(await knex.schema.hasTable('desks')).toBe(true);
      expect(await knex.schema.hasTable('overrides')).toBe(true);
    },
  );
});
