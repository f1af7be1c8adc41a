import { Config } from '@backstage/config';
import { requestLink } from '../service/RequestNotifier';

/** Addresses in the portal, for answers an assistant passes on to people. */
export interface PortalLinks {
  entry(id: string): string;
  request(id: string): string;
}

/**
 * Links under the portal's address (`app.baseUrl`), so that they work
 * outside the portal; paths from `/` when it is not configured.
 */
export function portalLinks(config: Config): PortalLinks {
  const base = (config.getOptionalString('app.baseUrl') ?? '').replace(
    /\/+$/,
    '',
  );
  return {
    entry: id => `${base}/zooport/knowledge/${id}`,
    request: id => `${base}${requestLink(id)}`,
  };
}
