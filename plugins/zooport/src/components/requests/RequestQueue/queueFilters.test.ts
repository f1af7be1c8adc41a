import { RequestFilter } from '@zooport/plugin-zooport-common';
import {
  filtersFromParams,
  initialFilters,
  narrowed,
  withFilterParams,
} from './queueFilters';

const openQueue = initialFilters({ assignee: 'me', status: 'open' });

describe('queue filters in the address', () => {
  it.each([
    ['', openQueue],
    ['status=all', { ...openQueue, status: 'all' }],
    ['status=in_progress', { ...openQueue, status: 'in_progress' }],
    ['status=sleeping', openQueue],
    ['priority=urgent', { ...openQueue, priority: 'urgent' }],
    ['priority=', openQueue],
    ['priority=whenever', openQueue],
    ['breached=true', { ...openQueue, breachedOnly: true }],
    ['text=canary%20step', { ...openQueue, text: 'canary step' }],
    [
      'filedFrom=2026-11-03T00:00:00Z&filedTo=2026-11-10T00:00:00Z',
      {
        ...openQueue,
        filed: { from: '2026-11-03T00:00:00Z', to: '2026-11-10T00:00:00Z' },
      },
    ],
    [
      'resolvedFrom=2026-11-03T00:00:00%2B01:00&resolvedTo=soon',
      {
        ...openQueue,
        resolved: { from: '2026-11-03T00:00:00+01:00', to: '' },
      },
    ],
    ['type=type-sql,type-vm', { ...openQueue, types: ['type-sql', 'type-vm'] }],
    [
      'category=documentation_link,solved',
      { ...openQueue, categories: ['documentation_link'] },
    ],
  ])('reads "?%s"', (search, expected) => {
    expect(filtersFromParams(new URLSearchParams(search), openQueue)).toEqual(
      expected,
    );
  });

  it('writes only what differs from the queue, keeping other params', () => {
    const params = new URLSearchParams('queue=desks&desk=group:default/a');
    const written = withFilterParams(
      params,
      { ...openQueue, priority: 'high', breachedOnly: true },
      openQueue,
    );
    expect(written.toString()).toBe(
      'queue=desks&desk=group%3Adefault%2Fa&priority=high&breached=true',
    );
    expect(withFilterParams(written, openQueue, openQueue).toString()).toBe(
      'queue=desks&desk=group%3Adefault%2Fa',
    );
  });

  it('writes and narrows by when, type and resolution', () => {
    const chosen = {
      ...openQueue,
      filed: { from: '2026-11-03T00:00:00Z', to: '' },
      types: ['type-sql'],
      categories: ['answered' as const, 'faq_entry' as const],
    };
    expect(
      withFilterParams(new URLSearchParams(), chosen, openQueue).toString(),
    ).toBe(
      'filedFrom=2026-11-03T00%3A00%3A00Z&type=type-sql&category=answered%2Cfaq_entry',
    );
    expect(narrowed({ assignee: 'me', status: 'open' }, chosen)).toEqual({
      assignee: 'me',
      status: 'open',
      filedFrom: '2026-11-03T00:00:00Z',
      type: ['type-sql'],
      category: ['answered', 'faq_entry'],
    });
  });

  it.each([
    [{ status: 'open' as const }, 'open'],
    [{}, 'all'],
    [{ status: ['closed' as const] }, 'closed'],
    [{ status: ['resolved' as const, 'closed' as const] }, 'all'],
  ])('starts the status filter of %j at %s', (filter, status) => {
    expect(initialFilters(filter).status).toBe(status);
  });

  it.each<[RequestFilter, RequestFilter['status']]>([
    [{ status: 'open' }, undefined],
    [{ status: ['resolved', 'closed'] }, ['resolved', 'closed']],
    [{}, undefined],
  ])('narrows %j under "All statuses" to %j', (filter, status) => {
    const all = { ...initialFilters(filter), status: 'all' as const };
    expect(narrowed(filter, all).status).toEqual(status);
  });
});
