import {
  DiscoveryApi,
  FetchApi,
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  Desk,
  DeskOnDuty,
  RequestEvent,
  RequestType,
  SupportRequest,
  ZooDesk,
  ZooportHealth,
} from '@zooport/plugin-zooport-common';
import {
  ApprovalInput,
  CommentInput,
  RequestDetail,
  RequestFilter,
  RequestInput,
  RequestPage,
  TransitionInput,
  ZooportApi,
  zooportApiRef,
} from './ZooportApi';

function deskPath(teamRef: string): string {
  const { namespace, name } = parseEntityRef(teamRef);
  return `/desks/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

function requestPath(id: string): string {
  return `/requests/${encodeURIComponent(id)}`;
}

function requestQuery(filter: RequestFilter): string {
  const { desk = [], status, priority, ...single } = filter;
  const query = new URLSearchParams();
  for (const teamRef of desk) {
    query.append('desk', teamRef);
  }
  const lists = { status: status === 'open' ? ['open'] : status, priority };
  for (const [name, values] of Object.entries(lists)) {
    if (values?.length) {
      query.set(name, values.join(','));
    }
  }
  for (const [name, value] of Object.entries(single)) {
    if (value !== undefined) {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
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

  async listRequestTypes(teamRef: string): Promise<RequestType[]> {
    const path = `${deskPath(teamRef)}/request-types`;
    return (await this.get<{ items: RequestType[] }>(path)).items;
  }

  createRequest(input: RequestInput): Promise<SupportRequest> {
    return this.post('/requests', input);
  }

  listRequests(filter: RequestFilter): Promise<RequestPage> {
    return this.get(`/requests${requestQuery(filter)}`);
  }

  getRequest(id: string): Promise<RequestDetail> {
    return this.get(requestPath(id));
  }

  transition(id: string, change: TransitionInput): Promise<SupportRequest> {
    return this.post(`${requestPath(id)}/transitions`, change);
  }

  async comment(id: string, comment: CommentInput): Promise<RequestEvent[]> {
    const path = `${requestPath(id)}/comments`;
    return (await this.post<{ items: RequestEvent[] }>(path, comment)).items;
  }

  escalate(id: string, reason?: string): Promise<SupportRequest> {
    return this.post(`${requestPath(id)}/escalate`, { reason });
  }

  approve(id: string, decision: ApprovalInput): Promise<SupportRequest> {
    return this.post(`${requestPath(id)}/approval`, decision);
  }

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('zooport');
    return this.fetchApi.fetch(`${baseUrl}${path}`, init);
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

  private async post<T>(path: string, body: unknown): Promise<T> {
    const response = await this.fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return this.parse<T>(response);
  }
}

/** Registers {@link ZooportClient} for both frontend systems. */
export const zooportApiFactory = createApiFactory({
  api: zooportApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new ZooportClient({ discoveryApi, fetchApi }),
});
