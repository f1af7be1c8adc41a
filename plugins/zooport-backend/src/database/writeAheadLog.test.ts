import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { useWriteAheadLog } from './writeAheadLog';

describe('useWriteAheadLog', () => {
  let dir: string;
  let knex: Knex;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zooport-wal-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'zooport.sqlite') },
      useNullAsDefault: true,
    });
  });

  afterEach(async () => {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const pragma = async (name: string) =>
    Object.values((await knex.raw(`PRAGMA ${name}`))[0])[0];

  it('puts a SQLite file in write-ahead-log mode, commits still synced in full', async () => {
    expect(await pragma('journal_mode')).toBe('delete');

    await useWriteAheadLog(knex);

    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2);
  });
});
