import {
  ReadinessAction,
  Scenario,
  Workshop,
  WorkshopRecord,
  WorkshopTurn,
} from '@zooport/plugin-zooport-common';
import { ZooportApi } from '../api';
import { fromNow } from './clock';

const team = 'group:default/platform-software';

export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'scenario-1',
    teamRef: team,
    title: 'Deploys hang at the canary step',
    opening: 'Mei writes in #ask-platform: "my deploy has waited for an hour"',
    evidence: '```\ncanary: waiting for 0/3 healthy pods\n```',
    links: [{ title: 'Deploy dashboard', url: 'https://grafana.example.com' }],
    playbookIds: [],
    difficulty: 'medium',
    facilitatorNotes: 'The canary pods crash-loop: a missing secret.',
    draft: false,
    sourceRequestId: null,
    authorRef: 'user:default/amara',
    createdAt: fromNow({ days: -10 }, 'utc'),
    updatedAt: fromNow({ days: -10 }, 'utc'),
    revision: 1,
    ...overrides,
  };
}

export const scenarios: Scenario[] = [
  scenario(),
  scenario({
    id: 'scenario-2',
    title: 'The portal shows no catalog',
    difficulty: 'hard',
    draft: true,
  }),
];

export function workshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: 'workshop-1',
    teamRef: team,
    startsAt: fromNow({ minutes: -30 }),
    durationMinutes: 90,
    endsAt: fromNow({ minutes: 60 }),
    facilitatorRef: 'user:default/amara',
    participantRefs: ['user:default/lars', 'user:default/mei'],
    held: false,
    createdBy: 'user:default/amara',
    createdAt: fromNow({ days: -7 }, 'utc'),
    updatedAt: fromNow({ days: -7 }, 'utc'),
    ...overrides,
  };
}

export function turn(overrides: Partial<WorkshopTurn> = {}): WorkshopTurn {
  return {
    id: 'turn-1',
    workshopId: 'workshop-1',
    participantRef: 'user:default/lars',
    scenarioId: 'scenario-1',
    repeat: false,
    startedAt: fromNow({ minutes: -5 }, 'utc'),
    endedAt: null,
    steps: '',
    stepsUpdatedAt: null,
    stepsUpdatedBy: null,
    ...overrides,
  };
}

export function readinessAction(
  overrides: Partial<ReadinessAction> = {},
): ReadinessAction {
  return {
    id: 'action-1',
    teamRef: team,
    workshopId: 'workshop-0',
    title: 'Write a playbook for canary crash loops',
    ownerRef: 'user:default/lars',
    dueOn: fromNow({ days: 7 }).slice(0, 10),
    link: null,
    turnId: null,
    status: 'open',
    createdBy: 'user:default/amara',
    createdAt: fromNow({ days: -20 }, 'utc'),
    updatedAt: fromNow({ days: -20 }, 'utc'),
    closedAt: null,
    ...overrides,
  };
}

export function workshopRecord(
  overrides: Partial<WorkshopRecord> = {},
): WorkshopRecord {
  return {
    workshop: workshop(),
    turns: [],
    scenarios: [],
    notes: [],
    actions: [],
    ...overrides,
  };
}

/** The readiness part of the fake API: a deck of two, one workshop. */
export function fakeReadinessApi(): Pick<
  ZooportApi,
  | 'getScenarioDeck'
  | 'getScenario'
  | 'createScenario'
  | 'draftScenarioFromRequest'
  | 'updateScenario'
  | 'deleteScenario'
  | 'listScenarioVersions'
  | 'restoreScenarioVersion'
  | 'listWorkshops'
  | 'planWorkshop'
  | 'getWorkshop'
  | 'drawTurn'
  | 'endTurn'
  | 'saveTurnSteps'
  | 'addWorkshopNote'
  | 'addReadinessAction'
  | 'listReadinessActions'
  | 'updateReadinessAction'
  | 'getWorkshopCadence'
  | 'saveWorkshopCadence'
> {
  return {
    getScenarioDeck: async () => ({
      items: scenarios,
      ready: 1,
      members: 3,
      target: 6,
    }),
    getScenario: async (_teamRef, id) =>
      scenarios.find(one => one.id === id) ?? scenario({ id }),
    createScenario: async (teamRef, input) =>
      scenario({ ...input, id: 'scenario-new', teamRef }),
    draftScenarioFromRequest: async (teamRef, requestId) =>
      scenario({
        id: 'scenario-draft',
        teamRef,
        draft: true,
        sourceRequestId: requestId,
      }),
    updateScenario: async (teamRef, id, input, revision) =>
      scenario({ ...input, id, teamRef, revision: revision + 1 }),
    deleteScenario: async () => {},
    listScenarioVersions: async (_teamRef, id) => [
      {
        scenarioId: id,
        revision: 1,
        authorRef: 'user:default/amara',
        at: fromNow({ days: -10 }, 'utc'),
        content: scenario(),
      },
    ],
    restoreScenarioVersion: async (_teamRef, id, revision) =>
      scenario({ id, revision: revision + 1 }),
    listWorkshops: async () => [workshop()],
    planWorkshop: async (teamRef, input) =>
      workshop({ ...input, id: 'workshop-new', teamRef }),
    getWorkshop: async () => workshopRecord(),
    drawTurn: async (_teamRef, workshopId, participantRef) =>
      turn({ workshopId, participantRef }),
    endTurn: async (_teamRef, workshopId, turnId) =>
      turn({ id: turnId, workshopId, endedAt: fromNow({}, 'utc') }),
    saveTurnSteps: async (_teamRef, workshopId, turnId, steps) =>
      turn({ id: turnId, workshopId, steps }),
    addWorkshopNote: async (_teamRef, workshopId, input) => ({
      ...input,
      id: `note-${input.column}`,
      workshopId,
      authorRef: 'user:default/amara',
      createdAt: fromNow({}, 'utc'),
    }),
    addReadinessAction: async (teamRef, workshopId, input) =>
      readinessAction({ ...input, id: 'action-new', teamRef, workshopId }),
    listReadinessActions: async () => [readinessAction()],
    updateReadinessAction: async (teamRef, id, update) =>
      readinessAction({ ...update, id, teamRef }),
    getWorkshopCadence: async () => ({
      cadence: { every: 1, unit: 'months' },
      lastHeldAt: null,
      dueAt: fromNow({ days: 20 }),
    }),
    saveWorkshopCadence: async (_teamRef, cadence) => ({
      cadence,
      lastHeldAt: null,
      dueAt: fromNow({ days: 20 }),
    }),
  };
}
