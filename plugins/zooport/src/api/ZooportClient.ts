import {
  DiscoveryApi,
  FetchApi,
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ZooportHealth } from '@zooport/plugin-zooport-common';
import { ZooportApi, zooportApiRef } from './ZooportApi';

/**
 * Talks to the Zooport backend through Backstage's discovery and fetch APIs,
 * so the user's token travels with every call.
 *
 * @public
 */
export class ZooportClient implements ZooportApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getHealth(): Promise<ZooportHealth> {
    return this.get('/health');
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('zooport');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

/** Registers {@link ZooportClient} for both frontend systems. */
export const zooportApiFactory = createApiFactory({
  api: zooportApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new ZooportClient({ discoveryApi, fetchApi }),
});
