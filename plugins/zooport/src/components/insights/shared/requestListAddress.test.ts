import { requestListSearch } from './requestListAddress';

const desk = 'group:default/platform-software';

describe('requestListSearch', () => {
  it("opens the desk's list at every status without a filter", () => {
    expect(Object.fromEntries(requestListSearch(desk))).toEqual({
      queue: 'desks',
      desk,
      status: 'all',
    });
  });

  it('narrows to what a chart counts', () => {
    const search = requestListSearch(desk, {
      breached: true,
      filed: {
        from: '2026-11-02T00:00:00+01:00',
        to: '2026-11-09T00:00:00+01:00',
      },
      resolved: {
        from: '2026-11-02T00:00:00+01:00',
        to: '2026-11-30T00:00:00+01:00',
      },
      types: ['type-sql', 'type-vm'],
      categories: ['documentation_link'],
      priority: 'high',
    });
    expect(Object.fromEntries(search)).toEqual({
      queue: 'desks',
      desk,
      status: 'all',
      priority: 'high',
      breached: 'true',
      filedFrom: '2026-11-02T00:00:00+01:00',
      filedTo: '2026-11-09T00:00:00+01:00',
      resolvedFrom: '2026-11-02T00:00:00+01:00',
      resolvedTo: '2026-11-30T00:00:00+01:00',
      type: 'type-sql,type-vm',
      category: 'documentation_link',
    });
    // The offsets' "+" survive the address.
    expect(search.toString()).toContain(
      'filedFrom=2026-11-02T00%3A00%3A00%2B01%3A00',
    );
  });

  it('keeps a status a chart names', () => {
    expect(requestListSearch(desk, { status: 'resolved' }).get('status')).toBe(
      'resolved',
    );
  });
});
