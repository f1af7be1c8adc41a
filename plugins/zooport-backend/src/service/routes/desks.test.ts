import { DateTime } from 'luxon';
import {
  admin,
  alice,
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

// A Thursday afternoon, hours away from the weekly handoff.
beforeAll(() => pinNow('2026-11-26T15:00:00+01:00'));
afterAll(unpinNow);

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
  });

  async function createPlatformDesk() {
    const response = await api.put(desk, platformDesk());
    if (response.status !== 201) {
      throw new Error(`Could not create the desk: ${response.text}`);
    }
  }

  describe('desks', () => {
    it('creates a desk, returns it with an ETag, and replaces it', async () => {
      const created = await api.put(desk, platformDesk());
      expect(created.status).toBe(201);
      expect(created.headers.etag).toBe('"1"');
      expect(created.body).toMatchObject({
        teamRef: 'group:default/platform-software',
        animal: { name: 'turtle' },
        revision: 1,
        updatedBy: alice,
      });

      const read = await api.get(desk, dave);
      expect(read.status).toBe(200);
      expect(read.headers.etag).toBe('"1"');
      expect(read.body.rotation.participants).toHaveLength(3);

      const replaced = await api
        .put(desk, platformDesk({ topics: ['kubernetes'] }))
        .set('If-Match', '"1"');
      expect(replaced.status).toBe(200);
      expect(replaced.body.topics).toEqual(['kubernetes']);
      expect(replaced.headers.etag).toBe('"2"');
    });

    it('takes a desk back as it was read, ignoring what the backend adds', async () => {
      await api.put(desk, platformDesk());
      const reordered = platformDesk();
      (reordered.rotation as any).participants.reverse();
      // A rotation edited after its start carries the backend's anchor.
      await api.put(desk, reordered).set('If-Match', '"1"');
      const read = await api.get(desk);
      expect(read.body.rotation.anchor).toBeDefined();

      const written = await api
        .put(desk, { ...read.body, topics: ['kubernetes'] })
        .set('If-Match', read.headers.etag);

      expect(written.status).toBe(200);
      expect(written.body).toMatchObject({
        teamRef: 'group:default/platform-software',
        topics: ['kubernetes'],
        revision: 3,
        rotation: {
          participants: read.body.rotation.participants,
          anchor: read.body.rotation.anchor,
        },
      });
    });

    it('refuses a stale write with 412 and keeps the newer desk', async () => {
      await api.put(desk, platformDesk());
      await api
        .put(desk, platformDesk({ topics: ['first'] }))
        .set('If-Match', '"1"');

      const stale = await api
        .put(desk, platformDesk({ topics: ['second'] }))
        .set('If-Match', '"1"');

      expect(stale.status).toBe(412);
      const read = await api.get(desk);
      expect(read.body.topics).toEqual(['first']);
      expect(read.body.revision).toBe(2);
    });

    it.each([
      ['without If-Match', {}],
      ['with If-Match: *', { 'If-Match': '*' }],
    ])(
      'lets the last of concurrent writes %s win, each bumping the revision',
      async (_case, headers) => {
        await createPlatformDesk();
        const topics = Array.from({ length: 10 }, (_, i) => `topic-${i}`);

        const written = await Promise.all(
          topics.map(topic =>
            api.put(desk, platformDesk({ topics: [topic] })).set(headers),
          ),
        );

        expect(written.map(response => response.status)).toEqual(
          topics.map(() => 200),
        );
        expect(
          written.map(response => response.body.revision).sort((a, b) => a - b),
        ).toEqual(topics.map((_, i) => i + 2));
        const read = await api.get(desk);
        expect(read.body.revision).toBe(11);
        const last = written.find(response => response.body.revision === 11)!;
        expect(read.body.topics).toEqual(last.body.topics);

        const stale = await api
          .put(desk, platformDesk({ topics: ['stale'] }))
          .set('If-Match', '"1"');
        expect(stale.status).toBe(412);
        expect(stale.body.error.name).toBe('PreconditionFailedError');
        expect((await api.get(desk)).body).toMatchObject({
          revision: 11,
          topics: read.body.topics,
        });
      },
    );

    it('refuses If-Match: * with 412 while the desk is not stored, and stores nothing', async () => {
      const written = await api.put(desk, platformDesk()).set('If-Match', '*');

      expect(written.status).toBe(412);
      expect(written.body.error.name).toBe('PreconditionFailedError');
      expect((await api.get(desk)).body.revision).toBe(0);
    });

    it('creates a desk once when concurrent writes without If-Match find none', async () => {
      const written = await Promise.all(
        Array.from({ length: 5 }, () => api.put(desk, platformDesk())),
      );

      expect(written.map(response => response.status).sort()).toEqual([
        200, 200, 200, 200, 201,
      ]);
      expect((await api.get(desk)).body.revision).toBe(5);
    });

    it('lets team members and Zooport admins edit, and nobody else', async () => {
      const outsider = await api.put(desk, platformDesk(), dave);
      expect(outsider.status).toBe(403);
      expect((await api.get(desk)).body.revision).toBe(0);

      expect((await api.put(desk, platformDesk(), admin)).status).toBe(201);
      expect((await api.put(desk, platformDesk(), bob)).status).toBe(200);
    });

    it('lists stored desks and teams that only have catalog defaults', async () => {
      await api.put(desk, platformDesk());
      const list = await api.get('/desks');
      expect(list.status).toBe(200);
      expect(
        list.body.items.map((d: any) => [d.teamRef, d.animal.name, d.revision]),
      ).toEqual([
        ['group:default/platform-software', 'turtle', 1],
        ['group:default/security', 'German shepherd', 0],
      ]);
    });

    it('flags upcoming shifts that break a capability rule', async () => {
      const body = platformDesk();
      (body.rotation as any).requiredCapabilities = ['production-access'];
      (body.rotation as any).start = DateTime.now()
        .setZone('Europe/Berlin')
        .plus({ weeks: 1 })
        .set({ weekday: 3 })
        .toISODate();
      const response = await api.put(desk, body);
      expect(response.status).toBe(201);
      // alice, bob, carol: every third shift is carol's, who lacks the access
      expect(response.body.upcomingViolations.length).toBeGreaterThanOrEqual(2);
      expect(response.body.upcomingViolations[0].missingCapabilities).toEqual([
        'production-access',
      ]);
    });
  });

  describe('bad input is refused with 400 naming the field, and nothing is written', () => {
    const rotation = platformDesk().rotation;
    it.each([
      [
        'an unknown time zone',
        { hours: { ...platformDesk().hours, timeZone: 'Mars/Base' } },
        'hours.timeZone',
      ],
      [
        'a handoff at 25:00',
        { rotation: { ...rotation, handoff: { day: 3, time: '25:00' } } },
        'rotation.handoff.time',
      ],
      [
        'a participant from another team',
        {
          rotation: {
            ...rotation,
            participants: [{ userRef: dave, capabilities: [] }],
          },
        },
        'rotation.participants.0.userRef',
      ],
      [
        'a shift length of 0',
        { rotation: { ...rotation, shiftLength: { unit: 'week', count: 0 } } },
        'rotation.shiftLength.count',
      ],
      [
        'a malformed user ref',
        { rotation: { ...rotation, fallback: 'group:' } },
        'rotation.fallback',
      ],
      [
        'a start that is not the handoff day',
        { rotation: { ...rotation, start: '2026-01-08' } },
        'rotation.start',
      ],
      ['an unknown field', { colour: 'red' }, 'colour'],
    ])('%s', async (_case, changes, field) => {
      const response = await api.put(desk, platformDesk(changes));
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect((await api.get(desk)).body.revision).toBe(0);
    });

    it('a malformed team in the path', async () => {
      const response = await api.put(
        '/desks/default/not%20a%20name',
        platformDesk(),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('name');
    });

    it('a 10 MB body', async () => {
      const response = await api.put(
        desk,
        platformDesk({ helpsWith: 'x'.repeat(10 * 1024 * 1024) }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('body');
      expect((await api.get(desk)).body.revision).toBe(0);
    });

    it('a body that is not JSON', async () => {
      const response = await api
        .put(desk, '{"animal": ')
        .set('Content-Type', 'application/json');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('body');
    });

    it('a team that is not in the catalog', async () => {
      const response = await api.put(
        '/desks/default/nobody',
        platformDesk(),
        admin,
      );
      expect(response.status).toBe(404);
      expect(response.body.error.message).toContain('group:default/nobody');
    });
  });

  describe('rotation preview', () => {
    beforeEach(async () => {
      await createPlatformDesk();
    });

    it('shows the next shifts of a draft and the rules they break, writing nothing', async () => {
      const { rotation } = platformDesk() as any;
      const draft = {
        ...rotation,
        participants: [
          { userRef: carol, capabilities: [] },
          { userRef: bob, capabilities: ['production-access'] },
        ],
        requiredCapabilities: ['production-access'],
      };
      const response = await api.post(
        `${desk}/rotation-preview`,
        { rotation: draft, shifts: 4 },
        dave,
      );
      expect(response.status).toBe(200);
      const { shifts, violations } = response.body;
      expect(shifts).toHaveLength(4);
      const primaries = shifts.map((s: any) => s.segments[0].onDuty[0].userRef);
      expect(new Set(primaries)).toEqual(new Set([carol, bob]));
      // every other shift has carol alone, without production access
      expect(violations).toHaveLength(2);
      expect(violations[0].missingCapabilities).toEqual(['production-access']);
      expect(
        shifts.every(
          (s: any) =>
            DateTime.fromISO(s.start).weekday === 3 ||
            DateTime.fromISO(s.start) <= DateTime.now(),
        ),
      ).toBe(true);
      expect((await api.get(desk)).body.revision).toBe(1);

      const bad = await api.post(`${desk}/rotation-preview`, {
        rotation: {
          ...draft,
          participants: [{ userRef: dave, capabilities: [] }],
        },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(
        'rotation.participants.0.userRef',
      );
    });
  });

  describe('who is on duty', () => {
    beforeEach(async () => {
      await createPlatformDesk();
    });

    it('answers for an instant, with the shift and who is next', async () => {
      const response = await api.get(
        `${desk}/on-duty?at=${encodeURIComponent('2026-01-15T10:00:00+01:00')}`,
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        teamRef: 'group:default/platform-software',
        at: '2026-01-15T10:00:00.000+01:00',
        shift: {
          start: '2026-01-14T09:00:00.000+01:00',
          end: '2026-01-21T09:00:00.000+01:00',
        },
        onDuty: [{ userRef: bob, role: 'primary', source: 'rotation' }],
        observers: [],
        next: {
          start: '2026-01-21T09:00:00.000+01:00',
          onDuty: [{ userRef: carol, role: 'primary', source: 'rotation' }],
        },
      });
    });

    it('refuses an instant that is not one', async () => {
      const response = await api.get(`${desk}/on-duty?at=yesterday`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('at');
    });

    it('shows every desk in the zoo view, as its card shows it', async () => {
      const response = await api.get(
        `/on-duty?at=${encodeURIComponent('2026-01-08T10:00:00+01:00')}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.at).toBe('2026-01-08T10:00:00.000+01:00');
      expect(response.body.desks).toEqual([
        {
          teamRef: 'group:default/platform-software',
          animal: expect.objectContaining({ name: 'turtle' }),
          onDuty: [{ userRef: alice, role: 'primary', source: 'rotation' }],
          observers: [],
          until: '2026-01-14T09:00:00.000+01:00',
        },
        {
          teamRef: 'group:default/security',
          animal: expect.objectContaining({ name: 'German shepherd' }),
          onDuty: [],
          observers: [],
          until: null,
        },
      ]);
    });

    it('keeps the person on duty when participants are added mid-shift', async () => {
      const before = (await api.get(`${desk}/on-duty`)).body.onDuty[0].userRef;
      const body = platformDesk();
      (body.rotation as any).participants = [carol, bob, alice].map(
        userRef => ({
          userRef,
          capabilities: [],
        }),
      );
      expect((await api.put(desk, body)).status).toBe(200);
      const after = (await api.get(`${desk}/on-duty`)).body.onDuty[0].userRef;
      expect(after).toBe(before);
    });

    it('lists the schedule and refuses a backwards or too long range', async () => {
      const ok = await api.get(
        `${desk}/schedule?from=2026-01-08T00:00:00Z&to=2026-03-05T00:00:00Z`,
      );
      expect(ok.status).toBe(200);
      expect(ok.body.shifts).toHaveLength(9);

      const backwards = await api.get(
        `${desk}/schedule?from=2026-03-01T00:00:00Z&to=2026-01-01T00:00:00Z`,
      );
      expect(backwards.status).toBe(400);
      expect(backwards.body.error.message).toContain('to');

      const tooLong = await api.get(
        `${desk}/schedule?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z`,
      );
      expect(tooLong.status).toBe(400);
    });
  });

  describe('overrides', () => {
    const vacation = {
      kind: 'replace',
      userRef: bob,
      replacementRef: carol,
      start: '2026-01-15T00:00:00+01:00',
      end: '2026-01-17T00:00:00+01:00',
      reason: 'vacation',
    };

    beforeEach(async () => {
      await createPlatformDesk();
    });

    it('applies a replacement for its range and can be deleted', async () => {
      const created = await api.post(`${desk}/overrides`, vacation);
      expect(created.status).toBe(201);
      const during = `${desk}/on-duty?at=${encodeURIComponent(
        '2026-01-16T12:00:00+01:00',
      )}`;
      expect((await api.get(during)).body.onDuty).toEqual([
        { userRef: carol, role: 'primary', source: 'override' },
      ]);

      expect(
        (await api.delete(`${desk}/overrides/${created.body.id}`)).status,
      ).toBe(204);
      expect((await api.get(during)).body.onDuty[0].userRef).toBe(bob);
      expect(
        (await api.delete(`${desk}/overrides/${created.body.id}`)).status,
      ).toBe(404);
    });

    it('answers who is on duty now without missing a write', async () => {
      const onDutyNow = async (at?: DateTime) =>
        (
          await api.get(
            `${desk}/on-duty${
              at ? `?at=${encodeURIComponent(at.toISO()!)}` : ''
            }`,
          )
        ).body.onDuty[0];
      const person = (await onDutyNow()).userRef;
      const standIn = person === carol ? alice : carol;
      const cover = (start: DateTime, end: DateTime) =>
        api.post(`${desk}/overrides`, {
          kind: 'replace',
          userRef: person,
          replacementRef: standIn,
          start: start.toISO(),
          end: end.toISO(),
        });

      const created = await cover(
        DateTime.now().minus({ hours: 1 }),
        DateTime.now().plus({ hours: 1 }),
      );
      expect(created.status).toBe(201);
      expect(await onDutyNow()).toEqual({
        userRef: standIn,
        role: 'primary',
        source: 'override',
      });

      await api.delete(`${desk}/overrides/${created.body.id}`);
      expect((await onDutyNow()).userRef).toBe(person);

      // An override that has ended still answers a question about the past.
      const earlier = DateTime.now().minus({ hours: 3 });
      expect(
        (
          await cover(
            earlier.minus({ hours: 1 }),
            DateTime.now().minus({ hours: 2 }),
          )
        ).status,
      ).toBe(201);
      expect((await onDutyNow()).userRef).toBe(person);
      expect((await onDutyNow(earlier)).userRef).toBe(standIn);

      const body = platformDesk();
      (body.rotation as any).participants = (
        body.rotation as any
      ).participants.filter((p: { userRef: string }) => p.userRef !== person);
      expect((await api.put(desk, body)).status).toBe(200);
      expect((await onDutyNow()).userRef).not.toBe(person);
    });

    it('rejects an overlapping override for the same person with 409', async () => {
      expect((await api.post(`${desk}/overrides`, vacation)).status).toBe(201);
      const overlapping = await api.post(`${desk}/overrides`, {
        ...vacation,
        kind: 'remove',
        replacementRef: null,
        start: '2026-01-16T00:00:00+01:00',
        end: '2026-01-20T00:00:00+01:00',
      });
      expect(overlapping.status).toBe(409);
      // Bob has no display name in the catalog; times on the desk's clock.
      expect(overlapping.body.error.message).toBe(
        'bob already has an override from Thu 15 Jan, 00:00 (Europe/Berlin) to Sat 17 Jan, 00:00 (Europe/Berlin)',
      );
      const adjacent = await api.post(`${desk}/overrides`, {
        ...vacation,
        start: '2026-01-17T00:00:00+01:00',
        end: '2026-01-18T00:00:00+01:00',
      });
      expect(adjacent.status).toBe(201);
    });

    it('refuses overrides from outsiders and with bad ranges', async () => {
      expect((await api.post(`${desk}/overrides`, vacation, dave)).status).toBe(
        403,
      );
      const backwards = await api.post(`${desk}/overrides`, {
        ...vacation,
        end: '2026-01-01T00:00:00+01:00',
      });
      expect(backwards.status).toBe(400);
      expect(backwards.body.error.message).toContain('end');
      const noReplacement = await api.post(`${desk}/overrides`, {
        ...vacation,
        replacementRef: undefined,
      });
      expect(noReplacement.status).toBe(400);
      expect(noReplacement.body.error.message).toContain('replacementRef');
    });
  });

  describe('calendar feed and my shifts', () => {
    beforeEach(async () => {
      await createPlatformDesk();
    });

    it('serves the shifts as an iCalendar feed', async () => {
      const response = await api.get(`${desk}/calendar.ics`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/calendar/);
      expect(response.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(response.text).toMatch(
        /SUMMARY:🐢 turtle: (alice|bob|carol) \(primary\)/,
      );
    });

    it('gives a secret address that calendar apps can subscribe to without signing in', async () => {
      const subscription = await api.get(`${desk}/calendar-subscription`, dave);
      expect(subscription.status).toBe(200);
      const { url, webcal } = subscription.body;
      expect(url).toMatch(/\/api\/zooport\/calendar\/[\w-]{32}\.ics$/);
      expect(webcal.startsWith('webcal:')).toBe(true);
      expect((await api.get(`${desk}/calendar-subscription`)).body.url).toBe(
        url,
      );

      const path = new URL(url).pathname.replace('/api/zooport', '');
      const feed = await api.anonymous(path);
      expect(feed.status).toBe(200);
      expect(feed.text).toMatch(/SUMMARY:🐢 turtle: /);

      expect(
        (await api.post(`${desk}/calendar-subscription`, {}, dave)).status,
      ).toBe(403);
      const renewed = await api.post(`${desk}/calendar-subscription`, {});
      expect(renewed.status).toBe(201);
      expect(renewed.body.url).not.toBe(url);
      expect((await api.anonymous(path)).status).toBe(404);
      expect((await api.anonymous('/calendar/guess.ics')).status).toBe(404);
    });

    it('lists my upcoming stretches of duty and what I observe', async () => {
      const body = platformDesk();
      (body.rotation as any).observers = [carol];
      await api.put(desk, body).set('If-Match', '"1"');

      const mine = await api.get('/me/shifts', bob);
      expect(mine.status).toBe(200);
      expect(mine.body.userRef).toBe(bob);
      // a weekly rotation of three: bob has a week every three weeks
      expect(mine.body.shifts.length).toBeGreaterThanOrEqual(4);
      expect(mine.body.shifts[0]).toMatchObject({
        teamRef: 'group:default/platform-software',
        role: 'primary',
        source: 'rotation',
      });
      const observed = await api.get('/me/shifts', carol);
      expect(observed.body.observing).toHaveLength(2);
      expect(observed.body.observing[0].role).toBe('observer');
      expect((await api.get('/me/shifts', admin)).body.shifts).toEqual([]);
    });
  });
});
