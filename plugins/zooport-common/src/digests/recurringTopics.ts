import { DateTime } from 'luxon';
import { matchingTopics } from '../knowledge/topics';
import { interruptCosts } from '../reports/interrupts';
import { InterruptCost, ReportRequest } from '../reports/types';

/** How many topics a weekly report names. */
export const TOP_TOPICS = 5;

/**
 * The desk topics that came back most often among the requests resolved
 * from `from` (included) to `to`: most requests first, ties by the minutes
 * spent on them, then by name. Counted over every topic, not only the
 * costliest ones a desk report lists.
 */
export function recurringTopics(
  requests: Pick<ReportRequest, 'title' | 'resolvedAt' | 'resolution'>[],
  topics: string[],
  from: DateTime,
  to: DateTime,
): InterruptCost[] {
  const resolved = requests.filter(request => {
    if (!request.resolvedAt) {
      return false;
    }
    const at = DateTime.fromISO(request.resolvedAt);
    return from <= at && at < to;
  });
  return interruptCosts(resolved, request =>
    matchingTopics(request.title, topics),
  )
    .sort(
      (a, b) =>
        b.requests - a.requests ||
        b.minutesSpent - a.minutesSpent ||
        a.name.localeCompare(b.name),
    )
    .slice(0, TOP_TOPICS);
}
