import { matchingTopics } from '../knowledge/topics';
import { PeriodIndex } from './periods';
import {
  InterruptCost,
  InterruptFigures,
  ReportPeriod,
  ReportRequest,
} from './types';

const COSTLIEST = 10;

/**
 * What each name (a request type, a desk topic) cost over the resolved
 * requests: how many it took and the minutes spent on them, unsorted.
 */
export function interruptCosts<R extends Pick<ReportRequest, 'resolution'>>(
  resolved: R[],
  namesOf: (request: R) => string[],
): InterruptCost[] {
  const costs = new Map<string, InterruptCost>();
  for (const request of resolved) {
    for (const name of namesOf(request)) {
      const cost = costs.get(name) ?? { name, requests: 0, minutesSpent: 0 };
      cost.requests++;
      cost.minutesSpent += request.resolution?.minutesSpent ?? 0;
      costs.set(name, cost);
    }
  }
  return [...costs.values()];
}

function costliest(
  resolved: ReportRequest[],
  namesOf: (request: ReportRequest) => string[],
): InterruptCost[] {
  return interruptCosts(resolved, namesOf)
    .sort((a, b) => b.minutesSpent - a.minutesSpent || b.requests - a.requests)
    .slice(0, COSTLIEST);
}

/**
 * Interrupt time: the minutes spent on the requests resolved in the range,
 * per ISO week, and the request types and desk topics (matched in the
 * titles) that cost the most.
 */
export function interruptsOf(
  resolved: ReportRequest[],
  weeks: readonly ReportPeriod[],
  topics: string[],
): InterruptFigures {
  const index = new PeriodIndex(weeks);
  const minutes = new Array<number>(weeks.length).fill(0);
  for (const request of resolved) {
    const week = index.of(request.resolvedAt);
    if (week >= 0) minutes[week] += request.resolution?.minutesSpent ?? 0;
  }
  return {
    weeks: weeks.map((week, i) => ({ ...week, minutesSpent: minutes[i] })),
    types: costliest(resolved, request => [request.typeName]),
    topics: costliest(resolved, request =>
      matchingTopics(request.title, topics),
    ),
  };
}
