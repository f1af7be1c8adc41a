import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * Reads a paged list of the Zooport API (`{ items, nextCursor }`) item by
 * item, as the search module itself (a service token for the zooport plugin).
 */
export class ZooportPages {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async *items<T>(path: string, pageSize: number): AsyncGenerator<T> {
    const { discovery, auth } = this.deps;
    const baseUrl = await discovery.getBaseUrl('zooport');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'zooport',
    });
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (cursor) {
        query.set('cursor', cursor);
      }
      const response = await fetch(`${baseUrl}${path}?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      const page = (await response.json()) as {
        items: T[];
        nextCursor: string | null;
      };
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
}
