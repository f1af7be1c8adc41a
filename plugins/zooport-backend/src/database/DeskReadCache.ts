import { CacheService } from '@backstage/backend-plugin-api';
import { randomUUID } from 'node:crypto';
import { DeskWithOverrides } from './types';

/** What the cache service stores: any JSON. */
type CacheValue = Parameters<CacheService['set']>[1];

const generationKey = (teamRef: string) => `desk-generation:${teamRef}`;
const readKey = (teamRef: string, generation: string) =>
  `desk-for-on-duty:${teamRef}:${generation}`;

/** Outlives many reads, so that a desk nobody writes keeps its generation. */
const GENERATION_TTL = { days: 1 };

/**
 * Desks with their overrides as who-is-on-duty lookups read them, kept in
 * Backstage's cache service so that the most frequent question skips the
 * database.
 *
 * A desk's reads are filed under its current generation, which every write
 * renews once it has committed. A read that began before a write and ends
 * after it files what it read under the old generation, where nobody looks
 * any more. With one replica, or a cache store the replicas share (Redis,
 * Valkey, Memcache), a lookup therefore never misses a write; with a memory
 * store per replica, a write on another replica shows within the time to
 * live.
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

  async get(
    teamRef: string,
    generation: string,
  ): Promise<DeskWithOverrides | undefined> {
    return (await this.cache.get(readKey(teamRef, generation))) as unknown as
      | DeskWithOverrides
      | undefined;
  }

  async set(
    teamRef: string,
    generation: string,
    value: DeskWithOverrides,
  ): Promise<void> {
    await this.cache.set(
      readKey(teamRef, generation),
      value as unknown as CacheValue,
      { ttl: { seconds: this.ttlSeconds } },
    );
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
