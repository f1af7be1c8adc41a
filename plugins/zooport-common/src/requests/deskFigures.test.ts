import {
  deskFigures,
  figuredRequest,
  StoredFigureRequest,
} from './deskFigures';
import { storedRequestSla } from './slaMilestones';
import { SlaState, SupportRequest } from './types';
import { at, officeHours } from './__testUtils__/testHours';

const clock = (state: SlaState, elapsedMinutes = 10) => ({
  targetMinutes: 60,
  clock: 'business' as const,
  deadline: null,
  elapsedMinutes,
  state,
  paused: false,
});

function request(
  changes: Partial<SupportRequest> & {
    first?: [SlaState, number];
    resolution?: SupportRequest['resolution'];
  },
): SupportRequest {
  const { first = ['on_track', 0], ...rest } = changes;
  return {
    id: 'r',
    teamRef: 'group:default/platform-software',
    typeId: 't',
    typeName: 'Question',
    title: 'T',
    description: '',
    impact: 'medium',
    urgency: 'medium',
    priority: 'medium',
    fields: {},
    entityRef: null,
    requesterRef: 'user:default/dave',
    assigneeRef: 'user:default/alice',
    status: 'new',
    approval: null,
    resolution: null,
    escalations: 0,
    linkedRequestIds: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    sla: { firstResponse: clock(...first), resolution: clock('on_track') },
    revision: 1,
    ...rest,
  };
}

/** A request the desk answered, in time or late. */
const answered = (state: SlaState, minutes: number) =>
  request({
    first: [state, minutes],
    firstRespondedAt: '2026-11-20T10:05:00.000Z',
  });

const since = '2026-11-01T00:00:00.000Z';

describe('deskFigures', () => {
  it('counts open, at-risk and breached requests, SLA met and load', () => {
    const figures = deskFigures(
      [
        request({ first: ['at_risk', 50] }),
        request({ first: ['breached', 90], status: 'in_progress' }),
        request({
          first: ['met', 5],
          firstRespondedAt: '2026-11-20T10:05:00.000Z',
          status: 'resolved',
          resolution: { category: 'answered', minutesSpent: 20 },
        }),
        request({
          first: ['met', 15],
          firstRespondedAt: '2026-11-20T10:15:00.000Z',
          status: 'closed',
          typeName: 'Bug report',
          assigneeRef: 'user:default/bob',
          resolution: { category: 'faq_entry', entryId: 'e', minutesSpent: 5 },
        }),
        // filed before the period and still open: counts as open only
        request({ createdAt: '2026-10-01T10:00:00.000Z', first: ['met', 1] }),
      ],
      '2026-11-01T00:00:00.000Z',
    );
    expect(figures).toEqual({
      open: 3,
      atRisk: 1,
      breached: 1,
      filed: 4,
      firstResponseCounted: 3,
      firstResponseMet: 2,
      firstResponseMetPercent: 66,
      medianFirstResponseMinutes: 15,
      resolutions: { answered: 1, faq_entry: 1 },
      load: [
        { userRef: 'user:default/alice', requests: 3, minutesSpent: 20 },
        { userRef: 'user:default/bob', requests: 1, minutesSpent: 5 },
      ],
      types: [
        { typeName: 'Question', requests: 3 },
        { typeName: 'Bug report', requests: 1 },
      ],
    });
  });

  it('has no percentages without answered requests', () => {
    expect(deskFigures([], '2026-11-01T00:00:00.000Z')).toMatchObject({
      open: 0,
      firstResponseMetPercent: null,
      medianFirstResponseMinutes: null,
      load: [],
    });
  });

  it('counts no request closed before any answer and before its deadline', () => {
    const figures = deskFigures(
      [
        request({ first: ['met', 3], status: 'closed' }),
        request({ first: ['breached', 90], status: 'closed' }),
        answered('met', 5),
      ],
      since,
    );
    expect(figures).toMatchObject({
      firstResponseCounted: 2,
      firstResponseMet: 1,
      firstResponseMetPercent: 50,
    });
  });

  it('shows 100 % only when no first response breached', () => {
    const inTime = Array.from({ length: 199 }, () => answered('met', 5));
    const figures = deskFigures([...inTime, answered('breached', 90)], since);
    expect(figures).toMatchObject({
      firstResponseCounted: 200,
      firstResponseMet: 199,
      firstResponseMetPercent: 99,
    });
  });
});

describe('figuredRequest', () => {
  const settings = { hours: officeHours(), atRiskShare: 0.2 };
  // Filed Monday 12 January 2026, 10:00 in Berlin; first response due 11:00.
  const filed: StoredFigureRequest = {
    status: 'new',
    assigneeRef: 'user:default/alice',
    typeName: 'Question',
    resolution: null,
    slaTarget: {
      firstResponseMinutes: 60,
      resolutionMinutes: 240,
      clock: 'business',
    },
    createdAt: '2026-01-12T09:00:00.000Z',
    resolutionPauses: [],
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstResponse: {
      warnAt: '2026-01-12T09:48:00.000Z',
      dueAt: '2026-01-12T10:00:00.000Z',
    },
    resolutionMilestones: {
      warnAt: '2026-01-12T12:12:00.000Z',
      dueAt: '2026-01-12T13:00:00.000Z',
    },
  };
  const now = at('2026-01-20T12:00:00.000Z');
  const resolution = { category: 'answered' as const, minutesSpent: 10 };

  it.each<[string, Partial<StoredFigureRequest>]>([
    ['open, unanswered', {}],
    [
      'open, answered',
      { status: 'in_progress', firstRespondedAt: '2026-01-12T09:20:00.000Z' },
    ],
    [
      'answered in time, resolved late',
      {
        status: 'resolved',
        firstRespondedAt: '2026-01-12T09:20:00.000Z',
        resolvedAt: '2026-01-13T09:00:00.000Z',
        resolution,
      },
    ],
    [
      'answered late, closed in time',
      {
        status: 'closed',
        firstRespondedAt: '2026-01-12T10:30:00.000Z',
        closedAt: '2026-01-12T12:00:00.000Z',
      },
    ],
    [
      'answered exactly at the deadline',
      {
        status: 'resolved',
        firstRespondedAt: '2026-01-12T10:00:00.000Z',
        resolvedAt: '2026-01-12T13:00:00.000Z',
        resolution,
      },
    ],
    [
      'closed unanswered after the deadline',
      { status: 'closed', closedAt: '2026-01-12T11:00:00.000Z' },
    ],
  ])('%s: the states and counted minutes the API shows', (_, changes) => {
    const stored = { ...filed, ...changes };
    const shown = storedRequestSla(stored, settings, now);
    const { sla } = figuredRequest(stored, settings, now);
    expect(sla.firstResponse).toMatchObject({
      state: shown.firstResponse.state,
      elapsedMinutes: shown.firstResponse.elapsedMinutes,
    });
    expect(sla.resolution.state).toBe(shown.resolution.state);
  });

  it('counts no minutes of a request closed unanswered in time', () => {
    const closed = {
      ...filed,
      status: 'closed' as const,
      closedAt: '2026-01-12T09:30:00.000Z',
    };
    expect(figuredRequest(closed, settings, now).sla.firstResponse).toEqual({
      state: 'met',
      elapsedMinutes: null,
    });
  });

  it('reads the minutes kept at the response, not the hours now', () => {
    const answeredEarlier = {
      ...filed,
      status: 'closed' as const,
      firstRespondedAt: '2026-01-12T09:20:00.000Z',
      firstResponseMinutes: 7,
      closedAt: '2026-01-12T12:00:00.000Z',
    };
    expect(
      figuredRequest(answeredEarlier, settings, now).sla.firstResponse,
    ).toEqual({
      state: 'met',
      elapsedMinutes: 7,
    });
  });
});
