import { ResolutionCategory } from '@zooport/plugin-zooport-common';
import { TopicKind } from './topics';
import { between, chance, Random, weighted } from './random';

/** What happens to one demo request, in minutes after it was filed. */
export interface Lifecycle {
  acknowledgedAfter: number;
  /** The desk asks the requester, who answers `answered` minutes later. */
  waiting?: { after: number; answered: number };
  /** The requester escalates. */
  escalatedAfter?: number;
  /** Never resolved: still open now. */
  resolvedAfter?: number;
  category: ResolutionCategory;
  minutesSpent: number;
}

const categories: Record<TopicKind, [ResolutionCategory, number][]> = {
  Question: [
    ['answered', 35],
    ['faq_entry', 20],
    ['documentation_link', 18],
    ['self_service', 10],
    ['redirected', 5],
    ['duplicate', 8],
    ['training_needed', 4],
  ],
  'Access request': [
    ['admin_action', 55],
    ['declined_risky', 20],
    ['self_service', 15],
    ['redirected', 10],
  ],
  'Bug report': [
    ['bug_ticket_created', 60],
    ['answered', 20],
    ['duplicate', 20],
  ],
  'Incident / urgent': [
    ['answered', 60],
    ['bug_ticket_created', 40],
  ],
};

const HOUR = 60;

/** The SLA targets of a request, in minutes its clock counts. */
export interface LifecycleTargets {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

/**
 * How often the desk is later than its target: a demo desk that mostly
 * keeps its SLAs, with a bad day now and then.
 */
const LATE_FIRST_RESPONSE = 0.12;
const LATE_RESOLUTION = 0.08;

/** How long the desk takes towards a target, as a share of it. */
function shareOfTarget(random: Random, lateShare: number): number {
  if (chance(random, lateShare)) {
    return 2 + random() * 3;
  }
  return weighted(random, [
    [0.05 + random() * 0.3, 5],
    [0.35 + random() * 0.3, 3],
    [0.65 + random() * 0.2, 2],
  ]);
}

/**
 * A plausible lifecycle of a request of `kind` with these targets. Minutes
 * here are minutes on the wall clock, never fewer than the SLA clock
 * counts, so a step planned within its target meets it. The desk asks
 * some requesters for more, which pauses the clock until they answer;
 * requests filed lately may still be open (`mayStayOpen`).
 */
export function plannedLifecycle(
  kind: TopicKind,
  targets: LifecycleTargets,
  random: Random,
  options: { mayStayOpen: boolean },
): Lifecycle {
  const urgent = kind === 'Incident / urgent';
  const acknowledgedAfter = Math.max(
    1,
    Math.round(
      targets.firstResponseMinutes * shareOfTarget(random, LATE_FIRST_RESPONSE),
    ),
  );
  // The resolution counts from filing, the acknowledgement within it.
  const counted = Math.max(
    acknowledgedAfter + 10,
    Math.round(
      targets.resolutionMinutes * shareOfTarget(random, LATE_RESOLUTION),
    ),
  );
  const asks = !urgent && chance(random, 0.2);
  const waiting = asks
    ? {
        after:
          acknowledgedAfter +
          between(random, 5, Math.max(5, (counted - acknowledgedAfter) / 2)),
        answered: between(random, 30, 30 * HOUR),
      }
    : undefined;
  return {
    acknowledgedAfter,
    waiting,
    escalatedAfter: chance(random, urgent ? 0.4 : 0.03)
      ? acknowledgedAfter + between(random, 15, 2 * HOUR)
      : undefined,
    resolvedAfter:
      options.mayStayOpen && chance(random, 0.3)
        ? undefined
        : counted + (waiting?.answered ?? 0),
    category: weighted(random, categories[kind]),
    minutesSpent: urgent ? between(random, 30, 240) : between(random, 5, 90),
  };
}
