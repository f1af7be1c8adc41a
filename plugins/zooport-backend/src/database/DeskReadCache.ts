import { CacheService } from '@backstage/backend-plugin-api';
import { Desk } from '@zooport/plugin-zooport-common';
import type { StoredOverride } from './DeskStore';

/** A stored desk and its overrides that had not ended when they were read. */
export interface DeskWithOverrides {
  desk: Desk;
  overrides: StoredOverride[];
}

/** What the cache service stores: any JSON. */
type CacheValue = Parameters<CacheService['set']>[1];

const keyOf = (teamRef: string) => `desk-for-on-duty:${teamRef}`;

/**
 * Desks with their overrides as who-is-on-duty lookups read them, kept in
 * Backstage's cache service so that the most frequent question skips the
 * database. The desk store drops a desk's entry on every write to it.
 * With one replica, or a cache store the replicas share (Redis, Valkey,
 * Memcache), a lookup therefore sees every write; with a memory store per
 * replica, an edit made on another replica shows within the time to live.
 */
export class DeskReadCache {
  constructor(
    private readonly cache: CacheService,
    private readonly ttlSeconds: number,
  ) {}

  async get(teamRef: string): Promise<DeskWithOverrides | undefined> {
    return (await this.cache.get(keyOf(teamRef))) as unknown as
      | DeskWithOverrides
      | undefined;
  }

  async set(teamRef: string, value: DeskWithOverrides): Promise<void> {
    await this.cache.set(keyOf(teamRef), value as unknown as CacheValue, {
      ttl: { seconds: this.ttlSeconds },
    });
  }

  async forget(teamRef: string): Promise<void> {
    await this.cache.delete(keyOf(teamRef));
  }
}
