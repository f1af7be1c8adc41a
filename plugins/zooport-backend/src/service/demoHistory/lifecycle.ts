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

/** A plausible lifecycle of a request of `kind`: about one in eight stays open. */
export function plannedLifecycle(kind: TopicKind, random: Random): Lifecycle {
  const urgent = kind === 'Incident / urgent';
  const acknowledgedAfter = urgent
    ? between(random, 1, 20)
    : weighted(random, [
        [between(random, 3, 45), 6],
        [between(random, 45, 2 * HOUR), 3],
        [between(random, 2 * HOUR, 8 * HOUR), 1],
      ]);
  const waiting = chance(random, urgent ? 0 : 0.2)
    ? {
        after: acknowledgedAfter + between(random, 10, 3 * HOUR),
        answered: between(random, 30, 30 * HOUR),
      }
    : undefined;
  const worked =
    acknowledgedAfter +
    (waiting ? waiting.after - acknowledgedAfter + waiting.answered : 0);
  return {
    acknowledgedAfter,
    waiting,
    escalatedAfter: chance(random, urgent ? 0.4 : 0.03)
      ? acknowledgedAfter + between(random, 15, 2 * HOUR)
      : undefined,
    resolvedAfter: chance(random, 0.06)
      ? undefined
      : worked +
        (urgent
          ? between(random, 30, 4 * HOUR)
          : between(random, 20, 48 * HOUR)),
    category: weighted(random, categories[kind]),
    minutesSpent: urgent ? between(random, 30, 240) : between(random, 5, 90),
  };
}
