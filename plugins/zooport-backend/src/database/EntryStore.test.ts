import { DateTime } from 'luxon';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations } from './migrations';
import { EntryStore } from './EntryStore';

jest.setTimeout(60_000);

const team = 'group:default/platform-software';
const now = DateTime.fromISO('2026-11-23T12:00:00Z');

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();

  it('fills a page of tagged entries past rows without the tag', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    // Reads three rows at a time, so the tagged entries lie batches apart.
    const store = new EntryStore(knex, { batch: 3, limit: 100 });
    for (const [title, tags] of [
      ['a', []],
      ['b', []],
      ['c', ['kafka']],
      ['d', []],
      ['e', []],
      ['f', []],
      ['g', []],
      ['h', ['kafka']],
      ['i', []],
      ['j', ['kafka']],
    ] as const) {
      await store.createEntry(
        team,
        {
          kind: 'faq',
          title,
          body: title,
          steps: [],
          links: [],
          severityHints: [],
          tags: [...tags],
          requestTypeIds: [],
          entityRefs: [],
          reviewEveryDays: null,
        },
        'user:default/alice',
        now,
      );
    }

    const first = await store.listEntries({ tag: 'kafka' }, { limit: 2, now });
    expect(first.items.map(entry => entry.title)).toEqual(['c', 'h']);
    expect(first.next).toEqual({ title: 'h', id: first.items[1].id });

    const second = await store.listEntries(
      { tag: 'kafka' },
      { limit: 2, after: first.next, now },
    );
    expect(second.items.map(entry => entry.title)).toEqual(['j']);
    expect(second.next).toBeUndefined();

    const none = await store.listEntries({ tag: 'vpn' }, { limit: 2, now });
    expect(none).toEqual({ items: [], next: undefined });

    // Reading at most six rows for a page: it ends early, with a cursor.
    const capped = new EntryStore(knex, { batch: 3, limit: 6 });
    const short = await capped.listEntries({ tag: 'kafka' }, { limit: 2, now });
    expect(short.items.map(entry => entry.title)).toEqual(['c']);
    expect(short.next?.title).toBe('f');
    const rest = await capped.listEntries(
      { tag: 'kafka' },
      { limit: 2, after: short.next, now },
    );
    expect(rest.items.map(entry => entry.title)).toEqual(['h', 'j']);
    expect(rest.next).toBeUndefined();

    const all = await store.listEntries({}, { limit: 4, now });
    expect(all.items.map(entry => entry.title)).toEqual(['a', 'b', 'c', 'd']);
    expect(all.next).toEqual({ title: 'd', id: all.items[3].id });
  });
});
