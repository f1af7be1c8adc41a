import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * Reads lists of the Zooport API (`{ items, nextCursor? }`) as the search
 * module itself (a service token for the zooport plugin).
 */
export class ZooportPages {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  /** A paged list, item by item. */
  async *items<T>(path: string, pageSize: number): AsyncGenerator<T> {
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (cursor) {
        query.set('cursor', cursor);
      }
      const page: { items: T[]; nextCursor: string | null } = await this.get(
        `${path}?${query}`,
      );
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  /** A list the API answers whole, such as `/desks`. */
  async all<T>(path: string): Promise<T[]> {
    const list: { items: T[] } = await this.get(path);
    return list.items;
  }

  private async get<T>(pathAndQuery: string): Promise<T> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('zooport');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'zooport',
    });
    const response = await fetch(`${baseUrl}${pathAndQuery}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
