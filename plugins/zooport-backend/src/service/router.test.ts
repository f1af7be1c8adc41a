import { startZooportBackend } from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeAll(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
  });

  it.each<['GET' | 'POST' | 'DELETE', string]>([
    ['GET', '/nothing-here'],
    ['GET', '/desks/default/platform-software/nothing-here'],
    ['POST', '/nothing-here'],
    ['POST', '/requests/some-id/nothing-here'],
    ['DELETE', '/desks'],
    ['DELETE', '/nothing/here'],
  ])(
    'answers %s %s with a 404 in the usual error shape',
    async (method, path) => {
      const send = {
        GET: () => api.get(path),
        POST: () => api.post(path, {}),
        DELETE: () => api.delete(path),
      };
      const response = await send[method]();

      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({
        name: 'NotFoundError',
        message: expect.stringContaining(path),
      });
    },
  );
});
