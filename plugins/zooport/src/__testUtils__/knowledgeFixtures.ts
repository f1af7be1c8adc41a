import {
  AuthorizeResult,
  isResourcePermission,
} from '@backstage/plugin-permission-common';
import { mockApis } from '@backstage/test-utils';
import {
  DeskFigures,
  Entry,
  EntryInput,
  EntrySearchHit,
  EntryVersion,
  FaqCandidate,
  MyShift,
  MyShifts,
  Suggestions,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { ZooportApi } from '../api';
import { fromNow } from './clock';

const platformTeam = 'group:default/platform-software';
export const dbaTeam = 'group:default/database-administrators';

/** The elephant's desk, for views that list more than one desk. */
export const elephantZooDesk: ZooDesk = {
  teamRef: dbaTeam,
  animal: { name: 'elephant', emoji: '🐘', colour: '#5C6BC0' },
  onDuty: [],
  observers: [],
  until: null,
};

/** What the entry dialog sends for a new FAQ entry, with `content`. */
export function faqInput(content: Partial<EntryInput>): EntryInput {
  return {
    kind: 'faq',
    title: '',
    body: '',
    steps: [],
    links: [],
    severityHints: [],
    tags: [],
    requestTypeIds: [],
    entityRefs: [],
    reviewEveryDays: null,
    ...content,
  };
}

export function knowledgeEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'entry-preview',
    teamRef: platformTeam,
    authorRef: 'user:default/amara',
    kind: 'faq',
    title: 'How do I get a preview environment for my branch?',
    body: 'Add the `preview` label to your pull request. The **deploy pipeline** builds it.',
    steps: [],
    links: [],
    severityHints: [],
    tags: ['deploy', 'preview'],
    requestTypeIds: [],
    entityRefs: ['component:default/deploy-pipeline'],
    reviewEveryDays: 90,
    createdAt: fromNow({ days: -53, hours: -1 }, 'utc'),
    updatedAt: fromNow({ days: -3, hours: -1 }, 'utc'),
    lastReviewedAt: fromNow({ days: -3, hours: -1 }, 'utc'),
    stale: false,
    revision: 2,
    feedback: { helped: 4, notHelped: 1 },
    answeredRequests: 3,
    ...overrides,
  };
}

export const previewEntry = knowledgeEntry();

export const deployPlaybook = knowledgeEntry({
  id: 'entry-deploys-stuck',
  kind: 'playbook',
  title: 'Deploys are stuck',
  body: 'When no deploy has finished for 20 minutes.',
  steps: [
    { title: 'Check the runners', body: 'Look for runners that are offline.' },
    { title: 'Restart the deploy queue', body: 'Run `kubectl rollout`.' },
    { title: 'Tell the teams', body: 'Post in `#ask-platform`.' },
  ],
  links: [{ title: 'CI dashboard', url: 'https://grafana.example.com/d/ci' }],
  severityHints: ['SEV2 when more than one team cannot deploy'],
  tags: ['deploy', 'incident'],
  reviewEveryDays: 60,
  lastReviewedAt: fromNow({ days: -114, hours: -1 }, 'utc'),
  stale: true,
  revision: 1,
  feedback: { helped: 0, notHelped: 0 },
  answeredRequests: 0,
});

export const backupEntry = knowledgeEntry({
  id: 'entry-backup',
  teamRef: dbaTeam,
  kind: 'faq',
  title: 'How often are databases backed up?',
  body: 'Every hour; backups are kept for 14 days.',
  tags: ['postgres', 'backup'],
  entityRefs: [],
  revision: 1,
});

/** What an entry says, without its bookkeeping. */
function contentOf(entry: Entry): EntryInput {
  const {
    id,
    teamRef,
    authorRef,
    createdAt,
    updatedAt,
    lastReviewedAt,
    stale,
    revision,
    feedback,
    answeredRequests,
    ...content
  } = entry;
  return content;
}

/** The preview entry's versions, newest first: the first one asked less. */
export const previewVersions: EntryVersion[] = [
  {
    entryId: previewEntry.id,
    revision: 2,
    authorRef: 'user:default/amara',
    at: fromNow({ days: -3, hours: -1 }, 'utc'),
    content: contentOf(previewEntry),
  },
  {
    entryId: previewEntry.id,
    revision: 1,
    authorRef: 'user:default/mei',
    at: fromNow({ days: -53, hours: -1 }, 'utc'),
    content: {
      ...contentOf(previewEntry),
      title: 'Preview environments',
      body: 'Ask the turtle for a preview environment.',
    },
  },
];

export function searchHit(entry: Entry, title: string): EntrySearchHit {
  const { id, teamRef, kind, tags, stale, updatedAt } = entry;
  // "preview" marks the matched word in both title and body.
  const parts = (text: string) =>
    text.split(/(preview)/i).map(part => ({
      text: part,
      match: /^preview$/i.test(part),
    }));
  return {
    entry: { id, teamRef, kind, title, tags, stale, updatedAt },
    rank: 1,
    highlights: {
      title: parts(title),
      body: parts('Add the preview label to your pull request.'),
    },
  };
}

export const previewSuggestions: Suggestions = {
  entries: [searchHit(previewEntry, previewEntry.title)],
  desks: [
    {
      teamRef: platformTeam,
      animal: { name: 'turtle', emoji: '🐢', colour: '#2E7D32' },
      matchedTopics: ['deploy'],
    },
  ],
};

export const turtleFigures: DeskFigures = {
  open: 4,
  atRisk: 1,
  breached: 2,
  filed: 12,
  firstResponseCounted: 12,
  firstResponseMet: 10,
  firstResponseMetPercent: 83,
  medianFirstResponseMinutes: 95,
  resolutions: { answered: 5, faq_entry: 2 },
  load: [
    { userRef: 'user:default/amara', requests: 7, minutesSpent: 150 },
    { userRef: 'user:default/mei', requests: 5, minutesSpent: 45 },
  ],
  types: [{ typeName: 'Question', requests: 9 }],
};

export const previewCandidate: FaqCandidate = {
  typeId: 'type-question',
  words: ['preview', 'environment'],
  requests: [
    { id: 'r1', title: 'Preview environment for my branch' },
    { id: 'r2', title: 'How to get a preview environment' },
    { id: 'r3', title: 'Preview environment missing' },
  ],
};

export function myShift(overrides: Partial<MyShift> = {}): MyShift {
  return {
    teamRef: platformTeam,
    animal: { name: 'turtle', emoji: '🐢', colour: '#2E7D32' },
    timeZone: 'Europe/Berlin',
    start: fromNow({ days: 2, hours: -3 }),
    end: fromNow({ days: 9, hours: -3 }),
    role: 'primary',
    source: 'rotation',
    ...overrides,
  };
}

export const amaraShifts: MyShifts = {
  userRef: 'user:default/amara',
  shifts: [
    myShift(),
    myShift({
      start: fromNow({ days: 23, hours: -3 }),
      end: fromNow({ days: 30, hours: -3 }),
      role: 'secondary',
      source: 'override',
    }),
  ],
  observing: [
    myShift({
      teamRef: dbaTeam,
      animal: elephantZooDesk.animal,
      start: fromNow({ hours: -2 }, 'utc'),
      end: fromNow({ days: 7, hours: -2 }, 'utc'),
      role: 'observer',
    }),
  ],
};

/** The knowledge-base, figures and duty calls of the fake API. */
export function fakeKnowledgeApi(): Pick<
  ZooportApi,
  | 'getDeskFigures'
  | 'listEntries'
  | 'searchEntries'
  | 'suggest'
  | 'getEntry'
  | 'createEntry'
  | 'updateEntry'
  | 'deleteEntry'
  | 'listEntryVersions'
  | 'restoreEntryVersion'
  | 'markEntryReviewed'
  | 'voteEntry'
  | 'getFaqCandidates'
  | 'getMyShifts'
> {
  const entries = [previewEntry, deployPlaybook, backupEntry];
  const byId = async (id: string) =>
    entries.find(entry => entry.id === id) ?? previewEntry;
  return {
    getDeskFigures: async () => turtleFigures,
    listEntries: async filter => ({
      items: entries.filter(
        entry =>
          (!filter.desk || filter.desk.includes(entry.teamRef)) &&
          (!filter.kind || filter.kind === entry.kind),
      ),
      nextCursor: null,
    }),
    searchEntries: async () => [searchHit(previewEntry, previewEntry.title)],
    suggest: async () => previewSuggestions,
    getEntry: byId,
    createEntry: async (teamRef, input) =>
      knowledgeEntry({ ...input, teamRef, id: 'entry-new', revision: 1 }),
    updateEntry: async (id, input, revision) => ({
      ...(await byId(id)),
      ...input,
      revision: revision + 1,
    }),
    deleteEntry: async () => {},
    listEntryVersions: async () => previewVersions,
    restoreEntryVersion: async id => byId(id),
    markEntryReviewed: async id => byId(id),
    voteEntry: async id => byId(id),
    getFaqCandidates: async () => [previewCandidate],
    getMyShifts: async () => amaraShifts,
  };
}

/**
 * Decides like the Zooport policy for a viewer in `teams`: a desk's entries
 * and rotation are theirs to change only when the desk is their team's.
 */
export function teamPermissionApi(teams: string[]) {
  return mockApis.permission({
    authorize: request =>
      !isResourcePermission(request.permission) ||
      teams.includes(request.resourceRef ?? '')
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });
}
