import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';

/** Every address a host name resolves to. */
export type HostResolver = (host: string) => Promise<string[]>;

const resolveAll: HostResolver = async host =>
  (await lookup(host, { all: true })).map(({ address }) => address);

/** `hooks.example.com` matches itself; `*.example.com` any host below. */
function matches(pattern: string, host: string): boolean {
  const wanted = pattern.toLowerCase();
  return wanted.startsWith('*.')
    ? host.endsWith(wanted.slice(1))
    : host === wanted;
}

/**
 * Where desk webhooks may post. A desk's team sets its webhook, and the
 * backend posts from inside the company's network, so a webhook must not
 * reach that network: the backend itself, databases, cloud metadata. Hosts
 * listed in `zooport.webhooks.allowedHosts` are the only ones allowed when
 * the list is given; without it, any host whose addresses are all public.
 */
export class WebhookTargets {
  constructor(
    private readonly options: {
      allowedHosts?: string[];
      resolve?: HostResolver;
    } = {},
  ) {}

  /** Why a webhook may not post to `url`, or undefined when it may. */
  async refusal(url: string): Promise<string | undefined> {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const { allowedHosts } = this.options;
    if (allowedHosts) {
      return allowedHosts.some(pattern => matches(pattern, host))
        ? undefined
        : `${host} is not one of the allowed webhook hosts`;
    }
    const resolve = this.options.resolve ?? resolveAll;
    const addresses = ipaddr.isValid(host)
      ? [host]
      : await resolve(host).catch(() => []);
    if (addresses.length === 0) {
      return `${host} cannot be resolved`;
    }
    const internal = addresses.find(
      address => ipaddr.process(address).range() !== 'unicast',
    );
    return internal
      ? `${host} is not a public address (${internal}); a Zooport admin can allow it in zooport.webhooks.allowedHosts`
      : undefined;
  }
}
