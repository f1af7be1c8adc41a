import { RequestTypeInput, SlaTargets } from '@zooport/plugin-zooport-common';

const HOUR = 60;
/** A working day of business minutes. */
const DAY = 8 * HOUR;

/** Targets in business minutes: urgent means a first answer within 5 minutes. */
const businessTargets: SlaTargets = {
  urgent: {
    firstResponseMinutes: 5,
    resolutionMinutes: 4 * HOUR,
    clock: 'business',
  },
  high: { firstResponseMinutes: 30, resolutionMinutes: DAY, clock: 'business' },
  medium: {
    firstResponseMinutes: 2 * HOUR,
    resolutionMinutes: 3 * DAY,
    clock: 'business',
  },
  low: {
    firstResponseMinutes: DAY,
    resolutionMinutes: 10 * DAY,
    clock: 'business',
  },
};

/** Incidents run on the wall clock when they are urgent or high. */
const incidentTargets: SlaTargets = {
  ...businessTargets,
  urgent: {
    firstResponseMinutes: 5,
    resolutionMinutes: 4 * HOUR,
    clock: 'always',
  },
  high: { firstResponseMinutes: 15, resolutionMinutes: DAY, clock: 'always' },
};

/** The request types a desk starts with; the team edits them as it likes. */
export const defaultRequestTypes: RequestTypeInput[] = [
  {
    name: 'Question',
    description: 'Ask the Zooporter anything about what this team looks after.',
    fields: [],
    defaultPriority: 'medium',
    sla: businessTargets,
    approvers: [],
    entryIds: [],
  },
  {
    name: 'Access request',
    description: 'Ask for access to a system, database or environment.',
    fields: [
      {
        key: 'resource',
        label: 'System or resource',
        kind: 'entity',
        required: true,
        entityKinds: ['Component', 'Resource', 'System'],
      },
      {
        key: 'access_level',
        label: 'Access level',
        kind: 'select',
        required: true,
        options: ['read', 'write', 'admin'],
      },
      { key: 'reason', label: 'Why you need it', kind: 'text', required: true },
    ],
    defaultPriority: 'medium',
    sla: businessTargets,
    approvers: [],
    entryIds: [],
  },
  {
    name: 'Bug report',
    description: 'Something the team owns does not work as it should.',
    fields: [
      {
        key: 'steps',
        label: 'Steps to reproduce',
        kind: 'text',
        required: false,
      },
    ],
    defaultPriority: 'medium',
    sla: businessTargets,
    approvers: [],
    entryIds: [],
  },
  {
    name: 'Incident / urgent',
    description: 'Production is hurt or you are blocked right now.',
    fields: [],
    defaultPriority: 'urgent',
    sla: incidentTargets,
    approvers: [],
    entryIds: [],
  },
];
