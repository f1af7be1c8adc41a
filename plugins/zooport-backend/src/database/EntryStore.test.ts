import { DateTime } from 'luxon';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { EntryInput } from '@zooport/plugin-zooport-common';
import { entryInputSchema } from '../service/validation/knowledge';
import { applyDatabaseMigrations } from './migrations';
import { createEntrySearch } from './EntrySearch';
import { EntryStore } from './EntryStore';

jest.setTimeout(60_000);

const team = 'group:default/platform-software';
const now = DateTime.fromISO('2026-11-23T12:00:00Z');

/** An FAQ entry as the API would take it, with its defaults filled in. */
function faq(title: string, body: string, tags: string[] = []): EntryInput {
  return entryInputSchema.parse({ kind: 'faq', title, body, tags });
}

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
        faq(title, title, [...tags]),
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

  it('counts votes on the entry, also when people vote at once', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new EntryStore(knex);
    const entry = await store.createEntry(
      team,
      faq('Kafka lag', 'See the board.'),
      'user:default/alice',
      now,
    );
    const people = Array.from({ length: 8 }, (_, i) => `user:default/p${i}`);
    await Promise.all(
      people.map((person, i) => store.vote(entry.id, person, i % 4 > 0, now)),
    );
    expect((await store.getEntry(entry.id, now)).feedback).toEqual({
      helped: 6,
      notHelped: 2,
    });
    // Changing one's mind moves the vote; voting the same again changes nothing.
    await store.vote(entry.id, people[0], true, now);
    const changed = await store.vote(entry.id, people[1], true, now);
    expect(changed.feedback).toEqual({ helped: 7, notHelped: 1 });
    const [listed] = (await store.listEntries({}, { limit: 1, now })).items;
    expect(listed.feedback).toEqual({ helped: 7, notHelped: 1 });
    await store.deleteEntry(entry.id, now);
    await expect(
      store.vote(entry.id, people[2], true, now),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('marks the words of each hit on a page of many, and follows edits', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new EntryStore(knex);
    const search = createEntrySearch(knex);
    const titles = ['Kafka lag', 'Kafka quota', 'Kafka topics', 'Kafka ACLs'];
    const entries = [];
    for (const title of titles) {
      entries.push(
        await store.createEntry(
          team,
          faq(title, `${title} in the portal.`),
          'user:default/alice',
          now,
        ),
      );
    }
    const page = await search.search({ text: 'kafka', match: 'all', limit: 2 });
    expect(page).toHaveLength(2);
    for (const hit of page) {
      const entry = entries.find(e => e.id === hit.id)!;
      expect(hit.highlights.title.map(part => part.text).join('')).toBe(
        entry.title,
      );
      expect(hit.highlights.title[0]).toEqual({ text: 'Kafka', match: true });
    }

    await store.vote(entries[0].id, 'user:default/bob', true, now);
    await store.updateEntry({
      id: entries[0].id,
      input: faq('Consumer lag', 'See the lag board.'),
      authorRef: 'user:default/alice',
      now,
    });
    const hits = await search.search({ text: 'kafka', match: 'all', limit: 9 });
    expect(hits.map(hit => hit.id).sort()).toEqual(
      entries
        .slice(1)
        .map(e => e.id)
        .sort(),
    );
    const [lag] = await search.search({
      text: 'consumer',
      match: 'all',
      limit: 9,
    });
    expect(lag.id).toBe(entries[0].id);
  });

  it('finds live entries only, by their desk and kind as they are now', async () => {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    const store = new EntryStore(knex);
    const search = createEntrySearch(knex);
    const author = 'user:default/alice';
    const other = 'group:default/dba';
    const ours = await store.createEntry(
      team,
      faq('Restore a backup', 'Backups restore in an hour.'),
      author,
      now,
    );
    const theirs = await store.createEntry(
      other,
      faq('Backup retention', 'Backups are kept for a month.'),
      author,
      now,
    );
    const found = async (scope: { teamRefs?: string[]; kind?: 'playbook' }) =>
      (
        await search.search({
          text: 'backup',
          match: 'all',
          limit: 9,
          ...scope,
        })
      )
        .map(hit => hit.id)
        .sort();

    expect(await found({})).toEqual([ours.id, theirs.id].sort());
    expect(await found({ teamRefs: [other] })).toEqual([theirs.id]);
    expect(await found({ kind: 'playbook' })).toEqual([]);

    await store.updateEntry({
      id: ours.id,
      input: { ...faq(ours.title, ours.body), kind: 'playbook' },
      authorRef: author,
      now,
    });
    expect(await found({ kind: 'playbook' })).toEqual([ours.id]);

    await store.deleteEntry(theirs.id, now);
    expect(await found({})).toEqual([ours.id]);
    expect(await found({ teamRefs: [other] })).toEqual([]);
  });
});
