import {
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { Desk, SupportRequest } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { DutyRecordStore } from '../../database/DutyRecordStore';
import { EntryStore } from '../../database/EntryStore';
import { ReminderStore } from '../../database/ReminderStore';
import { RequestStore, SlaMilestone } from '../../database/RequestStore';
import { DeskService } from '../DeskService';
import { RequestService } from '../RequestService';
import { RequestTypeService } from '../RequestTypeService';
import { SubmittedResolution } from '../validation/requests';
import { filingTimes } from './filingTimes';
import { Lifecycle, LifecycleTargets, plannedLifecycle } from './lifecycle';
import { between, chance, Random, seededRandom, weighted } from './random';
import { Topic, topicsByTeam, topicWeight } from './topics';

const CONFIG_KEY = 'zooport.seedRequestHistory';
/** Claimed by the one replica that writes the history, once. */
export const HISTORY_CLAIM = 'seed|requests';
/** Requests a week at a desk in a usual week, before its busyness. */
const PER_WEEK: [number, number] = [7, 13];
/** How much busier than the usual desk each demo team is. */
const BUSYNESS: Record<string, number> = {
  'platform-software': 1.5,
  'system-operators': 1.2,
  'database-administrators': 0.8,
  'test-engineering': 0.5,
};
/** Requests filed this recently may still be open. */
const RECENT = { days: 7 };

const settingsSchema = z
  .object({ weeks: z.number().int().min(1).max(52) })
  .strict();

export interface HistoryServices {
  /** A request service that tells nobody: the history is not news. */
  requests: RequestService;
  requestStore: RequestStore;
  reminders: ReminderStore;
  desks: DeskService;
  requestTypes: RequestTypeService;
  entries: EntryStore;
  dutyRecords: DutyRecordStore;
}

/** A desk of the demo zoo with what its history needs. */
interface DemoDesk {
  desk: Desk;
  topics: Topic[];
  typeIds: Map<string, string>;
  entryIds: string[];
  /** The people on this desk's rotation: requesters elsewhere. */
  people: string[];
}

const MILESTONES: SlaMilestone[] = [
  'first_response_warn',
  'first_response_breach',
  'resolution_warn',
  'resolution_breach',
];

/** The settings under `zooport.seedRequestHistory`, when they are valid. */
function historySettings(
  config: RootConfigService,
  logger: LoggerService,
): z.infer<typeof settingsSchema> | undefined {
  if (!config.has(CONFIG_KEY)) {
    return undefined;
  }
  const parsed = settingsSchema.safeParse(config.get(CONFIG_KEY));
  if (!parsed.success) {
    logger.warn(`Skipped ${CONFIG_KEY}: ${parsed.error.issues[0]?.message}`);
    return undefined;
  }
  return parsed.data;
}

/** A demo history to seed: where it begins, and the weeks it holds. */
export interface PendingHistory {
  start: DateTime;
  weeks: number;
}

/**
 * The demo history to seed, when one is configured and no request is
 * stored yet (a history goes only into an empty requests table). It begins
 * a day before its first request may be filed: the demo desks are written
 * then, so their rotations and their record of shifts cover all of it.
 */
export async function pendingHistory(options: {
  config: RootConfigService;
  logger: LoggerService;
  now: DateTime;
  requestStore: RequestStore;
}): Promise<PendingHistory | undefined> {
  const { config, logger, now, requestStore } = options;
  const settings = historySettings(config, logger);
  if (!settings) {
    return undefined;
  }
  const { items } = await requestStore.listRequests({}, { limit: 1, now });
  if (items.length) {
    return undefined;
  }
  const { weeks } = settings;
  return { weeks, start: now.minus({ weeks, days: 1 }) };
}

/**
 * Files the `history` (`zooport.seedRequestHistory`) of past requests at
 * the demo desks, so that the reports have something to show; only by the
 * one replica that claims it. Returns how many requests were filed.
 */
export async function seedRequestHistory(options: {
  logger: LoggerService;
  now: DateTime;
  services: HistoryServices;
  history: PendingHistory | undefined;
}): Promise<number> {
  const { logger, now, services, history } = options;
  if (!history || !(await services.reminders.claim(HISTORY_CLAIM, now))) {
    return 0;
  }
  const started = Date.now();
  const desks = await demoDesks(services, now);
  let filed = 0;
  for (const demo of desks) {
    // The record of shifts covers the history, not only the last weeks.
    await services.dutyRecords.begin(demo.desk.teamRef, history.start);
    filed += await fileHistory(demo, desks, history.weeks, now, services);
  }
  await silencePastMilestones(services.requestStore, now);
  logger.info(
    `Filed ${filed} past requests at ${
      desks.length
    } desks from ${CONFIG_KEY} in ${Date.now() - started} ms`,
  );
  return filed;
}

async function demoDesks(
  services: HistoryServices,
  now: DateTime,
): Promise<DemoDesk[]> {
  const result: DemoDesk[] = [];
  for (const desk of await services.desks.listDesks()) {
    const topics = topicsByTeam[parseEntityRef(desk.teamRef).name];
    if (!topics || !desk.rotation) {
      continue;
    }
    const types = await services.requestTypes.listTypes(desk.teamRef, now);
    const { items: entries } = await services.entries.listEntries(
      { teamRefs: [desk.teamRef] },
      { limit: 100, now },
    );
    const { participants, fallback, observers } = desk.rotation;
    result.push({
      desk,
      topics,
      typeIds: new Map(types.map(type => [type.name, type.id])),
      entryIds: entries.map(entry => entry.id),
      people: [
        ...new Set([
          ...participants.map(p => p.userRef),
          ...(fallback ? [fallback] : []),
          ...(observers ?? []),
        ]),
      ],
    });
  }
  return result;
}

async function fileHistory(
  demo: DemoDesk,
  all: DemoDesk[],
  weeks: number,
  now: DateTime,
  services: HistoryServices,
): Promise<number> {
  const { desk } = demo;
  const random = seededRandom(desk.teamRef);
  const requesters = all
    .filter(other => other !== demo)
    .flatMap(other => other.people)
    .filter(person => !demo.people.includes(person));
  const others = all.filter(other => other !== demo);
  const firstOfTopic = new Map<string, string>();
  let filed = 0;
  const busyness = BUSYNESS[parseEntityRef(desk.teamRef).name] ?? 1;
  for (const at of filingTimes({
    hours: desk.hours,
    weeks,
    perWeek: [
      Math.round(PER_WEEK[0] * busyness),
      Math.round(PER_WEEK[1] * busyness),
    ],
    now,
    random,
  })) {
    const topic = weighted(
      random,
      demo.topics.map((t, i) => [t, topicWeight(i)] as [Topic, number]),
    );
    const typeId = demo.typeIds.get(topic.kind);
    if (!typeId || !requesters.length) {
      continue;
    }
    const requesterRef = requesters[between(random, 0, requesters.length - 1)];
    const { request } = await services.requests.create(
      {
        teamRef: desk.teamRef,
        typeId,
        title: topic.title,
        description: topic.description,
        ...priorityOf(topic, random),
        fields: fieldsOf(topic, random),
      },
      requesterRef,
      at,
    );
    filed += 1;
    const targets: LifecycleTargets = {
      firstResponseMinutes: request.sla.firstResponse.targetMinutes,
      resolutionMinutes: request.sla.resolution.targetMinutes,
    };
    const lifecycle = plannedLifecycle(topic.kind, targets, random, {
      mayStayOpen: at > now.minus(RECENT),
    });
    const resolution = resolutionOf(lifecycle, {
      random,
      entryIds: demo.entryIds,
      original: firstOfTopic.get(topic.title),
      redirectTo: others.find(other => !other.people.includes(requesterRef))
        ?.desk.teamRef,
      lifecycle,
    });
    if (!firstOfTopic.has(topic.title)) {
      firstOfTopic.set(topic.title, request.id);
    }
    await liveThrough(request, lifecycle, resolution, {
      at,
      now,
      services,
      followUp: { targets, random },
    });
  }
  return filed;
}

function priorityOf(topic: Topic, random: Random) {
  if (topic.kind === 'Incident / urgent') {
    return {};
  }
  return weighted(random, [
    [{}, 6],
    [{ impact: 'low' as const, urgency: 'low' as const }, 2],
    [{ impact: 'high' as const, urgency: 'medium' as const }, 2],
  ]);
}

function fieldsOf(topic: Topic, random: Random): Record<string, string> {
  if (!topic.resource) {
    return {};
  }
  return {
    resource: topic.resource,
    access_level: weighted(random, [
      ['read', 5],
      ['write', 3],
      ['admin', 1],
    ]),
    reason: topic.description,
  };
}

function resolutionOf(
  { category, minutesSpent }: Lifecycle,
  refs: {
    random: Random;
    entryIds: string[];
    original?: string;
    redirectTo?: string;
    lifecycle: Lifecycle;
  },
): SubmittedResolution {
  const { random } = refs;
  const answered = { category: 'answered' as const, minutesSpent };
  switch (category) {
    case 'faq_entry':
      return refs.entryIds.length
        ? {
            category,
            minutesSpent,
            entryId:
              refs.entryIds[between(random, 0, refs.entryIds.length - 1)],
          }
        : answered;
    case 'duplicate':
      return refs.original
        ? { category, minutesSpent, duplicateOf: refs.original }
        : answered;
    case 'redirected':
      return refs.redirectTo
        ? { category, minutesSpent, redirectTo: { teamRef: refs.redirectTo } }
        : answered;
    case 'bug_ticket_created':
      return {
        category,
        minutesSpent,
        url: `https://tracker.zooport.example/issues/${between(
          random,
          1000,
          9999,
        )}`,
      };
    case 'documentation_link':
      return {
        category,
        minutesSpent,
        url: 'https://handbook.zooport.example/faq',
      };
    default:
      return chance(random, 0.3)
        ? {
            category,
            minutesSpent,
            note: 'Done; shout if anything is missing.',
          }
        : { category, minutesSpent };
  }
}

interface LifeContext {
  at: DateTime;
  now: DateTime;
  services: Pick<HistoryServices, 'requests' | 'requestStore'>;
  /** For the request a redirect makes at the other desk. */
  followUp: { targets: LifecycleTargets; random: Random };
}

/**
 * Takes a filed request through its planned steps that lie before `now`;
 * the request a redirect made is answered at the desk it went to.
 */
async function liveThrough(
  request: Pick<SupportRequest, 'id' | 'assigneeRef' | 'requesterRef'>,
  lifecycle: Lifecycle,
  resolution: SubmittedResolution,
  context: LifeContext,
) {
  const { at, now } = context;
  const { requests } = context.services;
  const desk = { userRef: request.assigneeRef ?? '', asDesk: true };
  const requester = { userRef: request.requesterRef, asDesk: false };
  const steps: [number | undefined, () => Promise<unknown>][] = [
    [
      lifecycle.acknowledgedAfter,
      () =>
        requests.transition(
          request.id,
          { action: 'acknowledge' },
          desk,
          when(lifecycle.acknowledgedAfter),
        ),
    ],
    [
      lifecycle.waiting?.after,
      () =>
        requests.transition(
          request.id,
          {
            action: 'wait_for_requester',
            note: 'Could you tell us a bit more?',
          },
          desk,
          when(lifecycle.waiting!.after),
        ),
    ],
    [
      lifecycle.waiting && lifecycle.waiting.after + lifecycle.waiting.answered,
      () =>
        requests.comment(
          request.id,
          { body: 'Here are the details you asked for.', internal: false },
          requester,
          when(lifecycle.waiting!.after + lifecycle.waiting!.answered),
        ),
    ],
    [
      lifecycle.escalatedAfter !== undefined &&
      (lifecycle.resolvedAfter ?? Infinity) > lifecycle.escalatedAfter
        ? lifecycle.escalatedAfter
        : undefined,
      () =>
        requests.escalate(
          request.id,
          'This blocks our release.',
          request.requesterRef,
          when(lifecycle.escalatedAfter!),
        ),
    ],
    [
      lifecycle.resolvedAfter,
      async () => {
        const resolved = await requests.transition(
          request.id,
          { action: 'resolve', resolution },
          desk,
          when(lifecycle.resolvedAfter!),
        );
        const redirected = resolved.resolution?.redirectedTo;
        if (redirected) {
          await answerRedirected(redirected.requestId, context);
        }
      },
    ],
  ];
  function when(minutes: number) {
    return at.plus({ minutes });
  }
  if (!request.assigneeRef) {
    return;
  }
  const due = steps
    .filter(([minutes]) => minutes !== undefined && when(minutes) < now)
    .sort((a, b) => a[0]! - b[0]!);
  for (const [, step] of due) {
    await step();
  }
}

/** The desk a request was redirected to answers it, as its own. */
async function answerRedirected(id: string, context: LifeContext) {
  const { targets, random } = context.followUp;
  const redirected = await context.services.requestStore.getRequest(id);
  const at = DateTime.fromISO(redirected.createdAt);
  const lifecycle = plannedLifecycle('Question', targets, random, {
    mayStayOpen: at > context.now.minus(RECENT),
  });
  await liveThrough(
    redirected,
    lifecycle,
    { category: 'answered', minutesSpent: lifecycle.minutesSpent },
    { ...context, at },
  );
}

/**
 * Marks the warnings and breaches that fell due before `now` as told, so
 * that the SLA sweep does not announce the history's old breaches.
 */
async function silencePastMilestones(store: RequestStore, now: DateTime) {
  for (const milestone of MILESTONES) {
    for (;;) {
      const due = await store.dueMilestones(milestone, now, 500);
      for (const request of due) {
        await store.claimMilestone(request.id, milestone, now);
      }
      if (due.length < 500) {
        break;
      }
    }
  }
}
