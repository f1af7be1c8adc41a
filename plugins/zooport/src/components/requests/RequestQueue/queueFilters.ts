import {
  RequestFilter,
  requestPriorities,
  RequestPriority,
  RequestStatus,
  requestStatuses,
} from '@zooport/plugin-zooport-common';
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
}

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
  };
}

/** The filters as the page address keeps them, by search param name. */
function paramsOf(filters: QueueFilters): Record<string, string> {
  return {
    status: filters.status,
    priority: filters.priority,
    breached: filters.breachedOnly ? 'true' : '',
    text: filters.text,
  };
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
  return result;
}
