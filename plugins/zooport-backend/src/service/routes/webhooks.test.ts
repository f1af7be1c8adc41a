import {
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const url = 'https://chat.example.com/hooks/abc';

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeAll(() => pinNow('2026-03-02T10:00:00+01:00'));
  afterAll(unpinNow);

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
    const created = await api.put(desk, platformDesk());
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
  });

  it('posts json until told otherwise', async () => {
    expect((await api.get(`${desk}/webhook`)).body).toEqual({
      url: null,
      format: 'json',
      deliveries: [],
    });
    const set = await api.put(`${desk}/webhook`, { url });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ url, format: 'json' });
    expect((await api.get(`${desk}/webhook`)).body.format).toBe('json');
  });

  it.each(['teams', 'slack', 'json'])('keeps the format %s', async format => {
    const set = await api.put(`${desk}/webhook`, { url, format });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ url, format });
    expect((await api.get(`${desk}/webhook`)).body).toMatchObject({
      url,
      format,
    });
  });

  it.each([['discord'], ['TEAMS'], [''], [null], [3]])(
    'refuses the format %p and changes nothing',
    async format => {
      await api.put(`${desk}/webhook`, { url, format: 'teams' });
      const refused = await api.put(`${desk}/webhook`, {
        url: 'https://chat.example.com/hooks/other',
        format,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/format/);
      expect((await api.get(`${desk}/webhook`)).body).toMatchObject({
        url,
        format: 'teams',
      });
    },
  );

  it('lets only the desk’s team choose it', async () => {
    const put = await api.put(
      `${desk}/webhook`,
      { url, format: 'teams' },
      dave,
    );
    expect(put.status).toBe(403);
    expect((await api.get(`${desk}/webhook`)).body.url).toBeNull();
  });

  it('forgets the format with the webhook', async () => {
    await api.put(`${desk}/webhook`, { url, format: 'slack' });
    expect((await api.put(`${desk}/webhook`, { url: null })).status).toBe(200);
    expect((await api.get(`${desk}/webhook`)).body).toMatchObject({
      url: null,
      format: 'json',
    });
  });
});
