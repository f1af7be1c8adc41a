import { DateTime } from 'luxon';
import { officeHours } from '../../requests/__testUtils__/testHours';
import { RecordedStretch } from '../../rotation/dutyRecord';
import { ReportRequest } from '../types';

// A desk in Berlin (Mon–Fri 09:00–17:00) over the weekend on which its
// clocks go forward: Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST.
// Before it Berlin is UTC+1, after it UTC+2. Instants are written in UTC.

export const desk = {
  teamRef: 'group:default/platform',
  hours: officeHours(),
  rotation: null,
  topics: ['vpn', 'deploy', 'grafana'],
};

/** After the range: every clock below has stopped or passed its deadline. */
export const now = DateTime.fromISO('2026-03-31T10:00:00.000Z');

const base: Omit<ReportRequest, 'id' | 'title' | 'createdAt'> = {
  teamRef: desk.teamRef,
  typeId: 't-access',
  typeName: 'Access',
  priority: 'medium',
  status: 'resolved',
  assigneeRef: null,
  firstRespondedAt: null,
  resolvedAt: null,
  closedAt: null,
  resolution: null,
  firstResponseDueAt: null,
  resolutionDueAt: null,
  firstResponseMinutes: null,
};

const deploy = { typeId: 't-deploy', typeName: 'Deploy' };
const bob = 'user:default/bob';
const carol = 'user:default/carol';

const request = (
  fields: Partial<ReportRequest> &
    Pick<ReportRequest, 'id' | 'title' | 'createdAt'>,
): ReportRequest => ({ ...base, ...fields });

/**
 * A–H, with their local filing times:
 * - A Fri 27 09:00 CET, answered in time, resolved the same morning;
 * - B Fri 27 13:00, answered late, resolved Monday with an FAQ entry;
 * - C Sat 28 23:30 CET, answered and resolved in the night of the change;
 * - D Sun 29 23:30 CEST, the last half hour of the 23-hour day, never
 *   answered: both clocks breach on Monday;
 * - E filed a week before, still open (the backlog);
 * - F filed Thursday, closed unresolved on Saturday after its deadline;
 * - G and H Monday, answered by hand: with A the same question three times.
 */
export const requests: ReportRequest[] = [
  request({
    id: 'A',
    title: 'How do I reset my vpn token',
    priority: 'high',
    assigneeRef: bob,
    createdAt: '2026-03-27T08:00:00.000Z',
    firstResponseDueAt: '2026-03-27T09:00:00.000Z',
    firstRespondedAt: '2026-03-27T08:30:00.000Z',
    firstResponseMinutes: 30,
    resolutionDueAt: '2026-03-27T16:00:00.000Z',
    resolvedAt: '2026-03-27T10:00:00.000Z',
    resolution: { category: 'answered', minutesSpent: 20 },
  }),
  request({
    id: 'B',
    title: 'Reset vpn token please',
    assigneeRef: carol,
    createdAt: '2026-03-27T12:00:00.000Z',
    firstResponseDueAt: '2026-03-27T14:00:00.000Z',
    firstRespondedAt: '2026-03-27T15:00:00.000Z',
    firstResponseMinutes: 180,
    resolutionDueAt: '2026-03-30T12:00:00.000Z',
    resolvedAt: '2026-03-30T09:00:00.000Z',
    resolution: { category: 'faq_entry', minutesSpent: 10, entryId: 'e1' },
  }),
  request({
    id: 'C',
    title: 'Deploy pipeline stuck',
    ...deploy,
    priority: 'urgent',
    assigneeRef: bob,
    createdAt: '2026-03-28T22:30:00.000Z',
    firstResponseDueAt: '2026-03-28T23:30:00.000Z',
    firstRespondedAt: '2026-03-29T00:30:00.000Z',
    firstResponseMinutes: 120,
    resolutionDueAt: '2026-03-29T02:30:00.000Z',
    resolvedAt: '2026-03-29T01:30:00.000Z',
    resolution: { category: 'documentation_link', minutesSpent: 45 },
  }),
  request({
    id: 'D',
    title: 'Deploy to prod fails',
    ...deploy,
    priority: 'high',
    status: 'new',
    createdAt: '2026-03-29T21:30:00.000Z',
    firstResponseDueAt: '2026-03-30T08:00:00.000Z',
    resolutionDueAt: '2026-03-30T15:00:00.000Z',
  }),
  request({
    id: 'E',
    title: 'Access to grafana dashboard',
    priority: 'low',
    status: 'in_progress',
    createdAt: '2026-03-20T10:00:00.000Z',
    firstResponseDueAt: '2026-03-20T12:00:00.000Z',
    firstRespondedAt: '2026-03-20T11:00:00.000Z',
    firstResponseMinutes: 60,
    resolutionDueAt: '2026-04-10T10:00:00.000Z',
  }),
  request({
    id: 'F',
    title: 'Grafana dashboard access',
    status: 'closed',
    createdAt: '2026-03-26T10:00:00.000Z',
    firstResponseDueAt: '2026-03-26T11:00:00.000Z',
    firstRespondedAt: '2026-03-26T10:30:00.000Z',
    firstResponseMinutes: 30,
    resolutionDueAt: '2026-03-27T10:00:00.000Z',
    closedAt: '2026-03-28T10:00:00.000Z',
  }),
  request({
    id: 'G',
    title: 'Reset my vpn token',
    assigneeRef: carol,
    createdAt: '2026-03-30T08:00:00.000Z',
    firstResponseDueAt: '2026-03-30T09:00:00.000Z',
    firstRespondedAt: '2026-03-30T08:10:00.000Z',
    firstResponseMinutes: 10,
    resolutionDueAt: '2026-03-30T16:00:00.000Z',
    resolvedAt: '2026-03-30T09:00:00.000Z',
    resolution: { category: 'answered', minutesSpent: 15 },
  }),
  request({
    id: 'H',
    title: 'vpn token reset',
    priority: 'low',
    assigneeRef: bob,
    createdAt: '2026-03-30T10:00:00.000Z',
    firstResponseDueAt: '2026-03-30T12:00:00.000Z',
    firstRespondedAt: '2026-03-30T10:20:00.000Z',
    firstResponseMinutes: 20,
    resolutionDueAt: '2026-03-31T10:00:00.000Z',
    resolvedAt: '2026-03-30T11:00:00.000Z',
    resolution: { category: 'answered', minutesSpent: 5 },
  }),
];

/**
 * Bob on duty from Friday 09:00 CET to Sunday 10:00 CEST (48 hours), also
 * secondary for part of Saturday; Carol from then on, the record stopping
 * Monday 14:00 CEST (28 hours); Alice observing.
 */
export const stretches: RecordedStretch[] = [
  {
    userRef: bob,
    role: 'primary',
    source: 'rotation',
    start: '2026-03-27T08:00:00.000Z',
    end: '2026-03-29T08:00:00.000Z',
  },
  {
    userRef: bob,
    role: 'secondary',
    source: 'override',
    start: '2026-03-28T08:00:00.000Z',
    end: '2026-03-28T20:00:00.000Z',
  },
  {
    userRef: carol,
    role: 'primary',
    source: 'rotation',
    start: '2026-03-29T08:00:00.000Z',
    end: null,
  },
  {
    userRef: 'user:default/alice',
    role: 'observer',
    source: 'rotation',
    start: '2026-03-20T00:00:00.000Z',
    end: null,
  },
];

export const coverage = {
  from: DateTime.fromISO('2026-03-20T00:00:00.000Z'),
  until: DateTime.fromISO('2026-03-30T12:00:00.000Z'),
};
