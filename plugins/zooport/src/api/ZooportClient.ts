import {
  DiscoveryApi,
  FetchApi,
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { Desk, ZooportHealth } from '@zooport/plugin-zooport-common';
import { DeskOnDuty, ZooDesk } from '@zooport/plugin-zooport-common';
import { ZooportApi, zooportApiRef } from './ZooportApi';

function deskPath(teamRef: string): string {
  const { namespace, name } = parseEntityRef(teamRef);
  return `/desks/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

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

  async getZoo(): Promise<ZooDesk[]> {
    return (await this.get<{ desks: ZooDesk[] }>('/on-duty')).desks;
  }

  async getDesk(teamRef: string): Promise<Desk | undefined> {
    const response = await this.fetch(deskPath(teamRef));
    if (response.status === 404) {
      return undefined;
    }
    return this.parse<Desk>(response);
  }

  getOnDuty(teamRef: string): Promise<DeskOnDuty> {
    return this.get(`${deskPath(teamRef)}/on-duty`);
  }

  private async fetch(path: string): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('zooport');
    return this.fetchApi.fetch(`${baseUrl}${path}`);
  }

  private async parse<T>(response: Response): Promise<T> {
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  private async get<T>(path: string): Promise<T> {
    return this.parse<T>(await this.fetch(path));
  }
}

/** Registers {@link ZooportClient} for both frontend systems. */
export const zooportApiFactory = createApiFactory({
  api: zooportApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new ZooportClient({ discoveryApi, fetchApi }),
});
