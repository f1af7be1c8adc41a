import { DateTime } from 'luxon';
import { StoredRequest } from './storedRequest';
import {
  RequestActor,
  RequestChange,
  resumeWaitingRequest,
  transitionRequest,
} from './transition';
import { nextStatus } from './lifecycle';
import {
  RequestAction,
  requestActions,
  RequestStatus,
  requestStatuses,
} from './types';
import { officeHours } from './__testUtils__/testHours';

// Filed Monday 12 January 2026, 09:00 in Berlin, when the desk opens; the
// desk works Mon–Fri 09:00–17:00 there.
const filedAt = '2026-01-12T08:00:00.000Z';
const now = DateTime.fromISO('2026-01-12T11:00:00+01:00');
const nowStored = '2026-01-12T10:00:00.000Z';
const sla = { hours: officeHours(), atRiskShare: 0.2 };

const zooporter: RequestActor = { userRef: 'user:default/bob', asDesk: true };
const requester: RequestActor = {
  userRef: 'user:default/erin',
  asDesk: false,
};

/** Unpaused, the 240-minute resolution clock is due at 13:00 in Berlin. */
const unpaused = {
  warnAt: '2026-01-12T11:12:00.000Z',
  dueAt: '2026-01-12T12:00:00.000Z',
};

function storedRequest(overrides: Partial<StoredRequest> = {}): StoredRequest {
  return {
    id: 'r-1',
    teamRef: 'group:default/turtles',
    typeId: 'question',
    typeName: 'Question',
    title: 'How do I rotate a key?',
    description: '',
    impact: 'medium',
    urgency: 'medium',
    priority: 'medium',
    fields: {},
    entityRef: null,
    requesterRef: requester.userRef,
    assigneeRef: zooporter.userRef,
    status: 'new',
    approval: null,
    resolution: null,
    escalations: 0,
    linkedRequestIds: [],
    idempotencyKey: null,
    slaTarget: {
      firstResponseMinutes: 60,
      resolutionMinutes: 240,
      clock: 'business',
    },
    resolutionPauses: [],
    createdAt: filedAt,
    updatedAt: filedAt,
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstResponse: {
      warnAt: '2026-01-12T08:48:00.000Z',
      dueAt: '2026-01-12T09:00:00.000Z',
    },
    resolutionMilestones: unpaused,
    revision: 3,
    ...overrides,
  };
}

/** The statuses a request can be in, with what got it there. */
function inStatus(status: RequestStatus): StoredRequest {
  switch (status) {
    case 'waiting_for_requester':
      return storedRequest({
        status,
        resolutionPauses: [{ start: '2026-01-12T09:00:00.000Z', end: null }],
        resolutionMilestones: { warnAt: null, dueAt: null },
      });
    case 'resolved':
      return storedRequest({
        status,
        resolvedAt: '2026-01-12T09:00:00.000Z',
        resolution: { category: 'answered', minutesSpent: 5 },
      });
    case 'closed':
      return storedRequest({ status, closedAt: '2026-01-12T09:00:00.000Z' });
    default:
      return storedRequest({ status });
  }
}

function changeOf(action: RequestAction): RequestChange {
  return action === 'resolve'
    ? { action, resolution: { category: 'answered', minutesSpent: 5 } }
    : { action };
}

function transitioned(
  request: StoredRequest,
  change: RequestChange,
  actor: RequestActor = zooporter,
) {
  const outcome = transitionRequest(request, change, actor, now, sla);
  if (!outcome.allowed) {
    throw new Error(`refused: ${outcome.reason}`);
  }
  return outcome;
}

describe('transitionRequest', () => {
  // Every move the lifecycle allows, by the desk.
  const moves = requestStatuses.flatMap(from =>
    requestActions.flatMap(action => {
      const to = nextStatus(from, action);
      return to ? [[from, action, to] as const] : [];
    }),
  );

  describe('moves a request along its lifecycle and records it', () => {
    it.each(moves)('%s, %s: %s', (from, action, to) => {
      const { request, events } = transitioned(
        inStatus(from),
        changeOf(action),
      );
      expect(request.status).toBe(to);
      expect(request.updatedAt).toBe(nowStored);
      expect(request.revision).toBe(3);
      expect(events).toEqual([
        {
          kind: 'transition',
          actorRef: zooporter.userRef,
          at: nowStored,
          body: null,
          internal: false,
          details: { action, from, to },
        },
      ]);
    });
  });

  it('keeps the note as the body of the history line', () => {
    const { events } = transitioned(storedRequest(), {
      action: 'start',
      note: 'Looking at the **logs**',
    });
    expect(events[0].body).toBe('Looking at the **logs**');
  });

  it('allows every move of the lifecycle', () => {
    expect(moves).toHaveLength(17);
  });

  it('leaves the request it was given as it was', () => {
    const request = inStatus('waiting_for_requester');
    const before = structuredClone(request);
    transitioned(request, changeOf('resolve'));
    expect(request).toEqual(before);
  });

  describe('refuses what the lifecycle does not allow', () => {
    it.each([
      [
        'acknowledged',
        'acknowledge',
        'A request that is acknowledged cannot acknowledge',
      ],
      ['in_progress', 'start', 'A request that is in_progress cannot start'],
      [
        'waiting_for_requester',
        'wait_for_requester',
        'A request that is waiting_for_requester cannot wait for requester',
      ],
      ['resolved', 'resolve', 'A request that is resolved cannot resolve'],
      ['in_progress', 'reopen', 'A request that is in_progress cannot reopen'],
      ['closed', 'close', 'A request that is closed cannot close'],
      ['closed', 'reopen', 'A request that is closed cannot reopen'],
      ['closed', 'start', 'A request that is closed cannot start'],
    ] as const)('%s, %s', (status, action, reason) => {
      expect(
        transitionRequest(
          inStatus(status),
          changeOf(action),
          zooporter,
          now,
          sla,
        ),
      ).toEqual({ allowed: false, reason });
    });
  });

  describe('work starts only on an approved request', () => {
    const approval = (state: 'pending' | 'approved' | 'rejected') => ({
      state,
      approvers: ['user:default/anna', 'user:default/carl'],
      by: null,
      at: null,
      note: null,
    });

    it.each([
      [
        'pending',
        'start',
        'The request waits for approval by user:default/anna, user:default/carl',
      ],
      ['rejected', 'start', 'The request was rejected by its approver'],
      ['approved', 'start', undefined],
      ['pending', 'acknowledge', undefined],
      ['pending', 'wait_for_requester', undefined],
      ['pending', 'resolve', undefined],
      ['rejected', 'close', undefined],
    ] as const)('%s approval, %s: %s', (state, action, reason) => {
      const outcome = transitionRequest(
        storedRequest({ approval: approval(state) }),
        changeOf(action),
        zooporter,
        now,
        sla,
      );
      expect(outcome.allowed ? undefined : outcome.reason).toBe(reason);
    });
  });

  describe('the first response is the first answer by the desk', () => {
    it.each([
      // status, action, actor, first response before, after
      ['new', 'acknowledge', 'desk', null, nowStored],
      ['new', 'start', 'desk', null, nowStored],
      ['new', 'wait_for_requester', 'desk', null, nowStored],
      ['new', 'resolve', 'desk', null, nowStored],
      ['new', 'close', 'desk', null, null],
      ['new', 'close', 'requester', null, null],
      ['new', 'acknowledge', 'requester', null, null],
      ['resolved', 'reopen', 'desk', null, null],
      ['acknowledged', 'start', 'desk', filedAt, filedAt],
      ['in_progress', 'resolve', 'desk', filedAt, filedAt],
    ] as const)(
      '%s, %s by the %s: from %s to %s',
      (status, action, by, before, after) => {
        const { request } = transitioned(
          { ...inStatus(status), firstRespondedAt: before },
          changeOf(action),
          by === 'desk' ? zooporter : requester,
        );
        expect(request.firstRespondedAt).toBe(after);
      },
    );

    it('keeps the minutes the clock counted up to it', () => {
      const { request } = transitioned(
        inStatus('new'),
        changeOf('acknowledge'),
        zooporter,
      );
      // From 09:00, when the desk opened, to 11:00 in Berlin.
      expect(request.firstResponseMinutes).toBe(120);
    });
  });

  describe('waiting for the requester pauses the resolution clock', () => {
    const waitingSince = '2026-01-12T09:00:00.000Z';

    it.each([
      [
        'new',
        'wait_for_requester',
        [{ start: nowStored, end: null, before: unpaused }],
      ],
      [
        'in_progress',
        'wait_for_requester',
        [{ start: nowStored, end: null, before: unpaused }],
      ],
      [
        'waiting_for_requester',
        'start',
        [{ start: waitingSince, end: nowStored }],
      ],
      [
        'waiting_for_requester',
        'resolve',
        [{ start: waitingSince, end: nowStored }],
      ],
      [
        'waiting_for_requester',
        'close',
        [{ start: waitingSince, end: nowStored }],
      ],
      ['in_progress', 'resolve', []],
    ] as const)('%s, %s: %j', (status, action, pauses) => {
      const { request } = transitioned(inStatus(status), changeOf(action));
      expect(request.resolutionPauses).toEqual(pauses);
    });

    it('keeps earlier pauses', () => {
      const earlier = {
        start: '2026-01-12T08:10:00.000Z',
        end: '2026-01-12T08:20:00.000Z',
      };
      const { request } = transitioned(
        storedRequest({ status: 'in_progress', resolutionPauses: [earlier] }),
        changeOf('wait_for_requester'),
      );
      expect(request.resolutionPauses).toEqual([
        earlier,
        { start: nowStored, end: null, before: unpaused },
      ]);
    });
  });

  describe('the resolution milestones follow the pauses', () => {
    it.each([
      // status, action, milestones after
      ['new', 'acknowledge', unpaused],
      ['in_progress', 'wait_for_requester', { warnAt: null, dueAt: null }],
      // Paused 10:00–11:00 in Berlin, an hour of business time: due at 14:00.
      [
        'waiting_for_requester',
        'start',
        {
          warnAt: '2026-01-12T12:12:00.000Z',
          dueAt: '2026-01-12T13:00:00.000Z',
        },
      ],
      [
        'waiting_for_requester',
        'resolve',
        {
          warnAt: '2026-01-12T12:12:00.000Z',
          dueAt: '2026-01-12T13:00:00.000Z',
        },
      ],
      // Resolved from 10:00 to 11:00 in Berlin: the same hour does not count.
      [
        'resolved',
        'reopen',
        {
          warnAt: '2026-01-12T12:12:00.000Z',
          dueAt: '2026-01-12T13:00:00.000Z',
        },
      ],
    ] as const)('%s, %s: %j', (status, action, milestones) => {
      const { request } = transitioned(
        { ...inStatus(status), resolutionMilestones: unpaused },
        changeOf(action),
      );
      expect(request.resolutionMilestones).toEqual(milestones);
    });

    // Milestones are fixed when laid: an action that neither pauses nor
    // resumes the clock keeps them, whatever the desk's hours or share now.
    const tuesdayToFriday = officeHours({
      weekly: officeHours().weekly.filter(range => range.day !== 1),
    });
    it.each([
      // clock, desk open now, at-risk share now, hours now
      ['business', 'Mon–Fri', 0.2, sla.hours],
      ['business', 'Tue–Fri', 0.2, tuesdayToFriday],
      ['always', 'Tue–Fri', 0.2, tuesdayToFriday],
      ['business', 'Mon–Fri', 0.5, sla.hours],
    ] as const)(
      'a %s clock, a desk open %s, at risk with %s of it left: kept',
      (clock, _open, atRiskShare, hours) => {
        const outcome = transitionRequest(
          storedRequest({
            slaTarget: {
              firstResponseMinutes: 60,
              resolutionMinutes: 240,
              clock,
            },
          }),
          changeOf('acknowledge'),
          zooporter,
          now,
          { hours, atRiskShare },
        );
        expect(outcome.allowed && outcome.request.resolutionMilestones).toEqual(
          unpaused,
        );
      },
    );

    it('leave the first-response milestones alone', () => {
      const firstResponse = { warnAt: 'kept', dueAt: 'kept' };
      const { request } = transitioned(
        storedRequest({ firstResponse }),
        changeOf('acknowledge'),
      );
      expect(request.firstResponse).toBe(firstResponse);
    });
  });

  describe('resolving', () => {
    it('records when and how', () => {
      const { request } = transitioned(storedRequest(), {
        action: 'resolve',
        resolution: {
          category: 'documentation_link',
          url: 'https://docs.example.com/keys',
          minutesSpent: 10,
        },
      });
      expect(request.resolvedAt).toBe(nowStored);
      expect(request.resolution).toEqual({
        category: 'documentation_link',
        url: 'https://docs.example.com/keys',
        minutesSpent: 10,
        redirectedTo: null,
      });
      expect(request.linkedRequestIds).toEqual([]);
    });

    it('links the request a redirect made and the one it duplicates', () => {
      const redirectedTo = { teamRef: 'group:default/owls', requestId: 'r-9' };
      const { request } = transitioned(
        storedRequest({ linkedRequestIds: ['r-0'] }),
        {
          action: 'resolve',
          resolution: { category: 'redirected', minutesSpent: 1, redirectedTo },
          duplicateOf: 'r-5',
        },
      );
      expect(request.resolution?.redirectedTo).toEqual(redirectedTo);
      expect(request.resolution?.duplicateOf).toBe('r-5');
      expect(request.linkedRequestIds).toEqual(['r-0', 'r-9', 'r-5']);
    });
  });

  describe('reopening', () => {
    it('forgets the resolution and does not count the time resolved', () => {
      const { request } = transitioned(
        inStatus('resolved'),
        changeOf('reopen'),
      );
      expect(request.resolvedAt).toBeNull();
      expect(request.resolution).toBeNull();
      expect(request.resolutionPauses).toEqual([
        { start: '2026-01-12T09:00:00.000Z', end: nowStored, before: unpaused },
      ]);
    });

    it('pauses nothing when the request never said when it was resolved', () => {
      const { request } = transitioned(
        { ...inStatus('resolved'), resolvedAt: null },
        changeOf('reopen'),
      );
      expect(request.resolutionPauses).toEqual([
        { start: nowStored, end: nowStored, before: unpaused },
      ]);
    });
  });

  it.each(['new', 'in_progress', 'resolved'] as const)(
    'closing a request that is %s records when',
    status => {
      const { request } = transitioned(inStatus(status), changeOf('close'));
      expect(request.closedAt).toBe(nowStored);
      expect(request.resolvedAt).toBe(inStatus(status).resolvedAt);
    },
  );
});

describe('hours edited while a request waits', () => {
  // Waiting since Monday 11:00 in Berlin with 120 minutes of its clock left
  // (60 to its warning); the requester answers Tuesday at 09:00.
  const waiting = storedRequest({
    status: 'waiting_for_requester',
    resolutionPauses: [{ start: nowStored, end: null, before: unpaused }],
    resolutionMilestones: { warnAt: null, dueAt: null },
  });
  const answeredAt = DateTime.fromISO('2026-01-13T09:00:00+01:00');
  const tenToFour = officeHours({
    weekly: officeHours().weekly.map(range => ({
      ...range,
      start: '10:00',
      end: '16:00',
    })),
  });

  it.each([
    // hours at resume, milestones after
    [
      'Mon–Fri 09:00–17:00',
      officeHours(),
      { warnAt: '2026-01-13T09:12:00.000Z', dueAt: '2026-01-13T10:00:00.000Z' },
    ],
    // The time left is counted and laid with the hours in force at resume.
    [
      'Mon–Fri 10:00–16:00',
      tenToFour,
      { warnAt: '2026-01-13T10:12:00.000Z', dueAt: '2026-01-13T11:00:00.000Z' },
    ],
  ] as const)('resumed under %s: %j', (_name, hours, milestones) => {
    const resumed = resumeWaitingRequest(
      waiting,
      requester.userRef,
      answeredAt,
      {
        hours,
        atRiskShare: 0.2,
      },
    );
    expect(resumed.request.resolutionMilestones).toEqual(milestones);
    const started = transitionRequest(
      waiting,
      changeOf('start'),
      zooporter,
      answeredAt,
      { hours, atRiskShare: 0.2 },
    );
    expect(started.allowed && started.request.resolutionMilestones).toEqual(
      milestones,
    );
  });
});

describe('resumeWaitingRequest', () => {
  it("puts the request back in progress, its clock running from the requester's answer", () => {
    const waiting = inStatus('waiting_for_requester');
    const { request, event } = resumeWaitingRequest(
      waiting,
      requester.userRef,
      now,
      sla,
    );
    expect(request).toEqual({
      ...waiting,
      status: 'in_progress',
      resolutionPauses: [{ start: '2026-01-12T09:00:00.000Z', end: nowStored }],
      resolutionMilestones: {
        warnAt: '2026-01-12T12:12:00.000Z',
        dueAt: '2026-01-12T13:00:00.000Z',
      },
    });
    expect(event).toEqual({
      kind: 'transition',
      actorRef: requester.userRef,
      at: nowStored,
      body: null,
      internal: false,
      details: {
        action: 'start',
        from: 'waiting_for_requester',
        to: 'in_progress',
      },
    });
  });
});
