import { CacheService } from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import { DeskWithOverrides } from './types';

/** What the cache service stores: any JSON. */
type CacheValue = Parameters<CacheService['set']>[1];

/**
 * The record of duty at the present as it is cached: how far it goes and
 * its running shift, instants as stored.
 */
export interface CachedRunningRecord {
  recordedFrom: string;
  recordedUntil: string;
  shift?: { index: number; start: string; members: string[] };
}

/** What is kept of a desk, by kind. */
export interface DeskReads {
  /** The desk with its overrides, as who-is-on-duty lookups read them. */
  desk: DeskWithOverrides;
  /** Where the desk's record of duty stops, and its running shift. */
  running: CachedRunningRecord;
}

const generationKey = (teamRef: string) => `desk-generation:${teamRef}`;
const readKeys: Record<keyof DeskReads, string> = {
  desk: 'desk-for-on-duty',
  running: 'desk-running-record',
};
const readKey = (kind: keyof DeskReads, teamRef: string, generation: string) =>
  `${readKeys[kind]}:${teamRef}:${generation}`;

/** Outlives many reads, so that a desk nobody writes keeps its generation. */
const GENERATION_TTL = { days: 1 };

/**
 * What who-is-on-duty lookups read of a desk (the desk with its overrides,
 * and its running recorded shift), kept in Backstage's cache service so
 * that the most frequent question skips the database.
 *
 * A desk's reads are filed under its current generation, which every
 * write of the desk or its overrides renews once it has committed, and so
 * does a run of the duty recorder that opened or closed a shift or a
 * stretch of duty. A read that began before a write and ends after it
 * files what it read under the old generation, where nobody looks any
 * more. With one replica, or a cache store the replicas share (Redis,
 * Valkey, Memcache), a lookup therefore never misses a write; with a
 * memory store per replica, a write or a recording on another replica
 * shows within the time to live.
 */
export class DeskReadCache {
  constructor(
    private readonly cache: CacheService,
    private readonly ttlSeconds: number,
  ) {}

  /** The generation reads are filed under now; started when there is none. */
  async generation(teamRef: string): Promise<string> {
    const current = await this.cache.get(generationKey(teamRef));
    if (typeof current === 'string') {
      return current;
    }
    return this.renew(teamRef);
  }

  async get<Kind extends keyof DeskReads>(
    kind: Kind,
    teamRef: string,
    generation: string,
  ): Promise<DeskReads[Kind] | undefined> {
    return (await this.cache.get(
      readKey(kind, teamRef, generation),
    )) as unknown as DeskReads[Kind] | undefined;
  }

  async set<Kind extends keyof DeskReads>(
    kind: Kind,
    teamRef: string,
    generation: string,
    value: DeskReads[Kind],
  ): Promise<void> {
    await this.cache.set(
      readKey(kind, teamRef, generation),
      value as unknown as CacheValue,
      { ttl: { seconds: this.ttlSeconds } },
    );
  }

  /**
   * What is kept of this kind for the desk, or else what `read` finds in
   * the database, kept unless it is nothing. The generation is taken
   * before the database is read, so that what a read overlapping a write
   * found is filed where nobody looks.
   */
  async readThrough<Kind extends keyof DeskReads>(
    kind: Kind,
    teamRef: string,
    read: () => Promise<DeskReads[Kind] | undefined>,
  ): Promise<DeskReads[Kind] | undefined> {
    const generation = await this.generation(teamRef);
    const cached = await this.get(kind, teamRef, generation);
    if (cached) {
      return cached;
    }
    const found = await read();
    if (found) {
      await this.set(kind, teamRef, generation, found);
    }
    return found;
  }

  /** After a write: reads filed so far are no longer found. */
  async renew(teamRef: string): Promise<string> {
    const generation = randomUUID();
    await this.cache.set(generationKey(teamRef), generation, {
      ttl: GENERATION_TTL,
    });
    return generation;
  }
}
