import {
  RequestFilter,
  requestPriorities,
  RequestPriority,
  RequestStatus,
  requestStatuses,
  ResolutionCategory,
  resolutionCategories,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { labelOf } from '../../../labels';

/** Which requests of a queue show by status: the open ones, all, or one. */
export type StatusChoice = 'open' | 'all' | RequestStatus;

/** What a person narrows a request queue by in its filter bar. */
export interface QueueFilters {
  status: StatusChoice;
  /** '' for any priority. */
  priority: RequestPriority | '';
  breachedOnly: boolean;
  /** Words as typed. */
  text: string;
  /** When the requests were filed. */
  filed: InstantSpan;
  /** When the requests were resolved. */
  resolved: InstantSpan;
  /** Request type ids; none for any type. */
  types: string[];
  /** How the requests were resolved; none for any way. */
  categories: ResolutionCategory[];
}

/** ISO instants from ≤ t < to; '' leaves that end open. */
export interface InstantSpan {
  from: string;
  to: string;
}

const anyTime: InstantSpan = { from: '', to: '' };

export const statusChoices: { value: StatusChoice; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'all', label: 'All statuses' },
  ...requestStatuses.map(status => ({ value: status, label: labelOf(status) })),
];

export const priorityChoices: {
  value: QueueFilters['priority'];
  label: string;
}[] = [
  { value: '', label: 'Any priority' },
  ...requestPriorities.map(priority => ({
    value: priority,
    label: labelOf(priority),
  })),
];

/**
 * The status choice a queue's own filter stands for; the filter bar starts
 * there. A list of several statuses has no choice of its own: all (of them).
 */
export function statusChoiceOf(status: RequestFilter['status']): StatusChoice {
  if (status === 'open') {
    return 'open';
  }
  return status?.length === 1 ? status[0] : 'all';
}

/** The filters of a queue nobody has narrowed yet. */
export function initialFilters(filter: RequestFilter): QueueFilters {
  return {
    status: statusChoiceOf(filter.status),
    priority: '',
    breachedOnly: false,
    text: '',
    filed: anyTime,
    resolved: anyTime,
    types: [],
    categories: [],
  };
}

/** The filters as the page address keeps them, by search param name. */
function paramsOf(filters: QueueFilters): Record<string, string> {
  return {
    status: filters.status,
    priority: filters.priority,
    breached: filters.breachedOnly ? 'true' : '',
    text: filters.text,
    filedFrom: filters.filed.from,
    filedTo: filters.filed.to,
    resolvedFrom: filters.resolved.from,
    resolvedTo: filters.resolved.to,
    type: filters.types.join(','),
    category: filters.categories.join(','),
  };
}

/** The span `{name}From`/`{name}To` of an address; instants it cannot read are left open. */
function spanOf(params: URLSearchParams, name: string): InstantSpan {
  const instant = (param: string) => {
    const value = params.get(param) ?? '';
    return DateTime.fromISO(value).isValid ? value : '';
  };
  return { from: instant(`${name}From`), to: instant(`${name}To`) };
}

/** The comma-separated values of `param`. */
function listOf(params: URLSearchParams, param: string): string[] {
  return (params.get(param) ?? '').split(',').filter(Boolean);
}

function isCategory(value: string): value is ResolutionCategory {
  return (resolutionCategories as readonly string[]).includes(value);
}

export function sameFilters(a: QueueFilters, b: QueueFilters): boolean {
  const paramsOfB = paramsOf(b);
  return Object.entries(paramsOf(a)).every(
    ([name, value]) => value.trim() === paramsOfB[name].trim(),
  );
}

/**
 * The filters in a page address, e.g. `?status=closed&priority=high`; what
 * the address lacks or does not know stays as in `initial`.
 */
export function filtersFromParams(
  params: URLSearchParams,
  initial: QueueFilters,
): QueueFilters {
  const status = statusChoices.find(
    choice => choice.value === params.get('status'),
  );
  const priority = priorityChoices.find(
    choice => choice.value && choice.value === params.get('priority'),
  );
  return {
    status: status?.value ?? initial.status,
    priority: priority?.value ?? initial.priority,
    breachedOnly: params.has('breached')
      ? params.get('breached') === 'true'
      : initial.breachedOnly,
    text: params.get('text') ?? initial.text,
    filed: spanOf(params, 'filed'),
    resolved: spanOf(params, 'resolved'),
    types: listOf(params, 'type'),
    categories: listOf(params, 'category').filter(isCategory),
  };
}

/**
 * `params` with `filters` written into them. Filters as in `initial` are
 * left out, so that a plain queue keeps a plain address.
 */
export function withFilterParams(
  params: URLSearchParams,
  filters: QueueFilters,
  initial: QueueFilters,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const initialParams = paramsOf(initial);
  for (const [name, value] of Object.entries(paramsOf(filters))) {
    if (value === initialParams[name]) {
      next.delete(name);
    } else {
      next.set(name, value);
    }
  }
  return next;
}

/**
 * The queue's own filter narrowed by the person's filters. "All statuses"
 * is all that the queue itself shows: its own list of statuses, if it has
 * one, and every status of a queue of open requests.
 */
export function narrowed(
  filter: RequestFilter,
  filters: QueueFilters,
): RequestFilter {
  const { status, priority, breachedOnly } = filters;
  const text = filters.text.trim();
  const result: RequestFilter = { ...filter };
  if (status === 'open') {
    result.status = 'open';
  } else if (status !== 'all') {
    result.status = [status];
  } else if (filter.status === 'open') {
    delete result.status;
  }
  if (priority) {
    result.priority = [priority];
  }
  if (breachedOnly) {
    result.breached = true;
  }
  if (text) {
    result.text = text;
  }
  const { filed, resolved, types, categories } = filters;
  const ends = {
    filedFrom: filed.from,
    filedTo: filed.to,
    resolvedFrom: resolved.from,
    resolvedTo: resolved.to,
  };
  for (const [name, instant] of Object.entries(ends)) {
    if (instant) {
      result[name as keyof typeof ends] = instant;
    }
  }
  if (types.length > 0) {
    result.type = types;
  }
  if (categories.length > 0) {
    result.category = categories;
  }
  return result;
}
