import {
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const teamRef = 'group:default/platform-software';
/** Monday 2 March 2026, 10:00 in Berlin; bob is on duty until Wednesday. */
const at = encodeURIComponent('2026-03-02T10:00:00+01:00');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
  });

  it('previews the daily digest at the time the desk sets', async () => {
    await api.put(
      desk,
      platformDesk({ digests: { daily: { time: '07:45' } } }),
    );
    const response = await api.get(`${desk}/digests/daily?at=${at}`, dave);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      teamRef,
      date: '2026-03-02',
      dueAt: '2026-03-02T07:45:00.000+01:00',
      since: '2026-02-27T07:45:00.000+01:00',
      enabled: true,
      recipients: [bob],
      link: '/catalog/default/group/platform-software/zooport',
      open: { total: 0, requests: [] },
    });
  });

  it('previews the weekly report of the week before against the one before that', async () => {
    await api.put(desk, platformDesk());
    const response = await api.get(`${desk}/digests/weekly?at=${at}`, dave);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      date: '2026-03-02',
      dueAt: '2026-03-02T09:00:00.000+01:00',
      recipients: [teamRef, carol],
      week: { from: '2026-02-23', to: '2026-03-01' },
      weekBefore: { from: '2026-02-16', to: '2026-02-22' },
    });
    expect(response.body.figures[0]).toEqual({
      name: 'filed',
      week: 0,
      weekBefore: 0,
    });
  });

  it('previews the planning reminder: who is on duty next week, linking to the rotation editor', async () => {
    await api.put(desk, platformDesk());
    const response = await api.get(`${desk}/digests/planning?at=${at}`, dave);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      teamRef,
      timeZone: 'Europe/Berlin',
      date: '2026-03-02',
      dueAt: '2026-03-02T10:00:00.000+01:00',
      enabled: true,
      recipients: [teamRef, carol],
      link: '/catalog/default/group/platform-software/zooport?edit=rotation',
      nextWeek: { from: '2026-03-09', to: '2026-03-15' },
      onDuty: [
        {
          userRef: carol,
          name: 'carol',
          role: 'primary',
          source: 'rotation',
          start: '2026-03-09T00:00:00.000+01:00',
          end: '2026-03-11T09:00:00.000+01:00',
        },
        {
          userRef: alice,
          name: 'alice',
          role: 'primary',
          source: 'rotation',
          start: '2026-03-11T09:00:00.000+01:00',
          end: '2026-03-16T00:00:00.000+01:00',
        },
      ],
      gaps: [],
      fallback: { userRef: dave, name: 'Dave Lindqvist' },
    });
  });

  it('keeps the settings with the desk, and refuses a time that is none', async () => {
    const digests = {
      daily: { time: '08:00', enabled: false },
      weekly: { weekday: 5, time: '16:30' },
      planning: { weekday: 4, time: '11:15', enabled: true },
    };
    expect((await api.put(desk, platformDesk({ digests }))).status).toBe(201);
    expect((await api.get(desk)).body.digests).toEqual(digests);
    const refused = await api.put(
      desk,
      platformDesk({ digests: { weekly: { time: '25:00' } } }),
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('digests.weekly.time');
    const badPlanning = await api.put(
      desk,
      platformDesk({ digests: { planning: { weekday: 8, time: '9:00' } } }),
    );
    expect(badPlanning.status).toBe(400);
    expect(badPlanning.text).toContain('digests.planning.weekday');
    expect(badPlanning.text).toContain('digests.planning.time');
    const badAt = await api.get(`${desk}/digests/daily?at=yesterday`, dave);
    expect(badAt.status).toBe(400);
  });
});
