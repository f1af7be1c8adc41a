import {
  RequestPriority,
  ResolutionCategory,
} from '@zooport/plugin-zooport-common';
import { StatusChoice } from '../../requests/RequestQueue/queueFilters';

/** Instants from ≤ t < to, as ISO text. */
export interface ReportSpan {
  from: string;
  to: string;
}

/** What a chart narrows a desk's request list to. */
export interface RequestListFilter {
  status?: StatusChoice;
  priority?: RequestPriority;
  breached?: boolean;
  filed?: ReportSpan;
  resolved?: ReportSpan;
  /** Request type ids. */
  types?: string[];
  categories?: ResolutionCategory[];
}

/**
 * The search of a desk's request list under Requests › My desks (which
 * takes any desk the reader may read), narrowed as `filter` says; every
 * status unless it names one.
 */
export function requestListSearch(
  teamRef: string,
  filter: RequestListFilter = {},
): URLSearchParams {
  const params = new URLSearchParams({
    queue: 'desks',
    desk: teamRef,
    status: filter.status ?? 'all',
  });
  const optional: Record<string, string | undefined> = {
    priority: filter.priority,
    breached: filter.breached ? 'true' : undefined,
    filedFrom: filter.filed?.from,
    filedTo: filter.filed?.to,
    resolvedFrom: filter.resolved?.from,
    resolvedTo: filter.resolved?.to,
    type: filter.types?.join(','),
    category: filter.categories?.join(','),
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}
