import { DateTime } from 'luxon';
import {
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';

jest.setTimeout(60_000);

const desk = '/desks/default/platform-software';
const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toMillis();
const instant = (iso: string) => DateTime.fromISO(iso).toMillis();

// A Thursday afternoon. The weekly rotation of alice, bob and carol hands
// off on Wednesdays at 09:00 Berlin time: bob's week is under way.
beforeAll(() => pinNow('2026-11-26T15:00:00+01:00'));
afterAll(unpinNow);

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
    const body = platformDesk();
    (body.rotation as any).observers = [carol];
    const created = await api.put(desk, body);
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
  });

  describe('GET /people/:namespace/:name/shifts', () => {
    it("tells anyone who reads desks a person's duty now and until when", async () => {
      const response = await api.get('/people/default/bob/shifts', dave);

      expect(response.status).toBe(200);
      expect(response.body.userRef).toBe(bob);
      const [now] = response.body.shifts;
      expect(now).toMatchObject({
        teamRef: 'group:default/platform-software',
        animal: { name: 'turtle' },
        timeZone: 'Europe/Berlin',
        role: 'primary',
        source: 'rotation',
      });
      expect(instant(now.start)).toBe(berlin('2026-11-25T09:00'));
      expect(instant(now.end)).toBe(berlin('2026-12-02T09:00'));
    });

    it("gives a person's next stretch and the shifts they observe", async () => {
      const response = await api.get('/people/default/carol/shifts', dave);

      const [next] = response.body.shifts;
      expect(instant(next.start)).toBe(berlin('2026-12-02T09:00'));
      expect(response.body.observing.map((s: any) => s.role)).toEqual([
        'observer',
        'observer',
      ]);
    });

    it('ends the stretch where an override takes over', async () => {
      const cover = await api.post(`${desk}/overrides`, {
        kind: 'replace',
        userRef: bob,
        replacementRef: carol,
        start: '2026-11-27T09:00:00+01:00',
        end: '2026-11-28T09:00:00+01:00',
      });
      expect(cover.status).toBe(201);

      const bobs = (await api.get('/people/default/bob/shifts', dave)).body;
      expect(instant(bobs.shifts[0].end)).toBe(berlin('2026-11-27T09:00'));
      const carols = (await api.get('/people/default/carol/shifts', dave)).body;
      expect(carols.shifts[0]).toMatchObject({
        role: 'primary',
        source: 'override',
      });
      expect(instant(carols.shifts[0].start)).toBe(berlin('2026-11-27T09:00'));
    });

    it('gives the duty an override brings someone from outside the rotation', async () => {
      const help = await api.post(`${desk}/overrides`, {
        kind: 'replace',
        userRef: bob,
        replacementRef: dave,
        start: '2026-11-27T09:00:00+01:00',
        end: '2026-11-28T09:00:00+01:00',
      });
      expect(help.status).toBe(201);

      const daves = (await api.get('/people/default/dave/shifts', bob)).body;
      expect(daves.shifts).toHaveLength(1);
      expect(daves.shifts[0]).toMatchObject({
        role: 'primary',
        source: 'override',
      });
      expect(instant(daves.shifts[0].start)).toBe(berlin('2026-11-27T09:00'));
    });

    it('answers no duty for someone in no rotation', async () => {
      const response = await api.get('/people/default/dave/shifts', bob);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        userRef: dave,
        shifts: [],
        observing: [],
      });
    });

    it('takes the name in any case, as the catalog does', async () => {
      const response = await api.get('/people/default/Bob/shifts', dave);
      expect(response.body.userRef).toBe(bob);
    });

    it('refuses a malformed name', async () => {
      const malformed = await api.get('/people/default/bob!/shifts', dave);
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toContain('name: bob!');
    });
  });
});
