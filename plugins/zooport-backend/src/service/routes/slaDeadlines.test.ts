import { DateTime } from 'luxon';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';
import {
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
afterEach(unpinNow);

/** The desk's hours after the team changed them: Mon–Fri 13:00–17:00. */
const afternoons = {
  timeZone: 'Europe/Berlin',
  weekly: [1, 2, 3, 4, 5].map(day => ({ day, start: '13:00', end: '17:00' })),
  holidays: [],
};

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;
  let zooporter: string;

  beforeEach(async () => {
    // Monday 12 January 2026, 10:00 in Berlin; the desk keeps Mon–Fri 09–17.
    pinNow('2026-01-12T10:00:00+01:00');
    api = await startZooportBackend(await databases.init(databaseId));
    const created = await api.put(desk, platformDesk());
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
    zooporter = (await api.get(`${desk}/on-duty`)).body.onDuty[0].userRef;
  });

  async function fileQuestion(): Promise<string> {
    const types = (await api.get(`${desk}/request-types`, dave)).body.items;
    const response = await api.post(
      '/requests',
      {
        teamRef: 'group:default/platform-software',
        typeId: types.find((t: { name: string }) => t.name === 'Question').id,
        title: 'How do I get a preview environment?',
        description: '',
      },
      dave,
    );
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function changeHours() {
    const changed = await api.put(desk, platformDesk({ hours: afternoons }));
    expect(changed.status).toBe(200);
  }

  /** What the request, the breached filter and the figures say now. */
  async function seen(id: string) {
    const request = (await api.get(`/requests/${id}`, dave)).body;
    const breached = (await api.get('/requests?breached=true', dave)).body;
    const figures = (await api.get(`${desk}/figures?days=7`, dave)).body;
    return {
      sla: request.sla,
      listedAsBreached: breached.items.map((r: { id: string }) => r.id),
      figures: { atRisk: figures.atRisk, breached: figures.breached },
    };
  }

  const instant = (deadline: string) => DateTime.fromISO(deadline).toMillis();

  it('keeps the first-response deadline a request was filed with after the hours change', async () => {
    // 120 business minutes from 10:00: due 12:00, at risk from 11:36.
    const id = await fileQuestion();
    await changeHours();
    const due = DateTime.fromISO('2026-01-12T12:00:00+01:00').toMillis();

    pinNow('2026-01-12T11:30:00+01:00');
    let now = await seen(id);
    expect(instant(now.sla.firstResponse.deadline)).toBe(due);
    expect(now.sla.firstResponse.state).toBe('on_track');
    expect(now.listedAsBreached).toEqual([]);
    expect(now.figures).toEqual({ atRisk: 0, breached: 0 });

    pinNow('2026-01-12T12:30:00+01:00');
    now = await seen(id);
    expect(instant(now.sla.firstResponse.deadline)).toBe(due);
    expect(now.sla.firstResponse.state).toBe('breached');
    expect(now.listedAsBreached).toEqual([id]);
    expect(now.figures).toEqual({ atRisk: 0, breached: 1 });
  });

  it('re-lays the time left after a pause with the hours in force at resume', async () => {
    // 1440 business minutes from Monday 10:00: due Thursday 10:00.
    const id = await fileQuestion();
    expect(instant((await seen(id)).sla.resolution.deadline)).toBe(
      DateTime.fromISO('2026-01-15T10:00:00+01:00').toMillis(),
    );

    pinNow('2026-01-12T11:00:00+01:00');
    const waiting = await api.post(
      `/requests/${id}/transitions`,
      { action: 'wait_for_requester' },
      zooporter,
    );
    expect(waiting.status).toBe(200);
    expect(waiting.body.sla.resolution).toMatchObject({
      deadline: null,
      paused: true,
    });
    await changeHours();

    // Monday 11:00 to Thursday 10:00 is 720 minutes of 13:00–17:00; laid
    // from Tuesday 14:00 they end Friday 14:00.
    pinNow('2026-01-13T14:00:00+01:00');
    const started = await api.post(
      `/requests/${id}/transitions`,
      { action: 'start' },
      zooporter,
    );
    expect(started.status).toBe(200);
    const due = DateTime.fromISO('2026-01-16T14:00:00+01:00').toMillis();
    expect(instant(started.body.sla.resolution.deadline)).toBe(due);

    pinNow('2026-01-16T13:30:00+01:00');
    let now = await seen(id);
    expect(instant(now.sla.resolution.deadline)).toBe(due);
    expect(now.sla.resolution.state).toBe('at_risk');
    expect(now.listedAsBreached).toEqual([]);
    expect(now.figures).toEqual({ atRisk: 1, breached: 0 });

    pinNow('2026-01-16T14:30:00+01:00');
    now = await seen(id);
    expect(instant(now.sla.resolution.deadline)).toBe(due);
    expect(now.sla.resolution.state).toBe('breached');
    expect(now.listedAsBreached).toEqual([id]);
    expect(now.figures).toEqual({ atRisk: 0, breached: 1 });
  });

  it('keeps the minutes counted to the first response after the hours change', async () => {
    const id = await fileQuestion();
    pinNow('2026-01-12T10:45:00+01:00');
    const answered = await api.post(
      `/requests/${id}/comments`,
      { body: 'Looking into it' },
      zooporter,
    );
    expect(answered.status).toBe(201);
    await changeHours();

    // Counted with the afternoons the 45 minutes would be none at all.
    pinNow('2026-01-13T15:00:00+01:00');
    const first = async () =>
      (await api.get(`/requests/${id}`, dave)).body.sla.firstResponse;
    expect(await first()).toMatchObject({ elapsedMinutes: 45, state: 'met' });
    const figures = async () =>
      (await api.get(`${desk}/figures?days=7`, dave)).body;
    expect(await figures()).toMatchObject({
      firstResponseCounted: 1,
      firstResponseMet: 1,
      medianFirstResponseMinutes: 45,
    });

    const resolved = await api.post(
      `/requests/${id}/transitions`,
      { action: 'resolve', resolution: { category: 'answered' } },
      zooporter,
    );
    expect(resolved.status).toBe(200);
    expect(await first()).toMatchObject({ elapsedMinutes: 45, state: 'met' });
    expect(await figures()).toMatchObject({
      open: 0,
      firstResponseCounted: 1,
      firstResponseMet: 1,
      medianFirstResponseMinutes: 45,
    });
  });
});
