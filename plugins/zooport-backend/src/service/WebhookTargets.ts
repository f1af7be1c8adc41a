import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { LookupFunction } from 'node:net';
import { Agent } from 'undici';

/** Every address a host name resolves to. */
export type HostResolver = (host: string) => Promise<string[]>;

const resolveAll: HostResolver = async host =>
  (await lookup(host, { all: true })).map(({ address }) => address);

const ipv4Compatible = ipaddr.parseCIDR('::/96');

/** Public unicast only: not loopback, private, link-local, metadata, … */
function isPublic(address: string): boolean {
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6' && parsed.match(ipv4Compatible)) {
    return false;
  }
  return parsed.range() === 'unicast';
}

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
 * the list is given, trusted as they are; without it, any host whose
 * addresses are all public. Posts connect through `dispatcher`, which
 * checks the addresses it connects to: a name that resolved to a public
 * address for the check cannot resolve to an internal one for the post.
 */
export class WebhookTargets {
  readonly dispatcher: Agent;

  constructor(
    private readonly options: {
      allowedHosts?: string[];
      resolve?: HostResolver;
      /** What posts, and the config key of its allowed hosts, for refusals. */
      purpose?: { name: string; allowedHostsKey: string };
    } = {},
  ) {
    this.dispatcher = new Agent({ connect: { lookup: this.connectionLookup } });
  }

  private get purpose() {
    return (
      this.options.purpose ?? {
        name: 'webhook',
        allowedHostsKey: 'zooport.webhooks.allowedHosts',
      }
    );
  }

  private notPublic(host: string): string {
    return `${host} is not a public address; a Zooport admin can allow it in ${this.purpose.allowedHostsKey}`;
  }

  private isListed(host: string): boolean {
    return (this.options.allowedHosts ?? []).some(pattern =>
      matches(pattern, host),
    );
  }

  /** Why a webhook may not post to `url`, or undefined when it may. */
  async refusal(url: string): Promise<string | undefined> {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (this.options.allowedHosts) {
      return this.isListed(host)
        ? undefined
        : `${host} is not one of the allowed ${this.purpose.name} hosts`;
    }
    const resolve = this.options.resolve ?? resolveAll;
    const addresses = ipaddr.isValid(host)
      ? [host]
      : await resolve(host).catch(() => []);
    if (addresses.length === 0) {
      return `${host} cannot be resolved`;
    }
    // The addresses stay out of the answer: it would map the internal network.
    return addresses.every(isPublic) ? undefined : this.notPublic(host);
  }

  /** `dns.lookup` for the posts' connections, refusing internal addresses. */
  readonly connectionLookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const host = hostname.toLowerCase();
      if (!this.isListed(host) && !addresses.every(a => isPublic(a.address))) {
        callback(new Error(this.notPublic(host)), '', 0);
        return;
      }
      if (options.all) {
        (callback as unknown as (e: null, all: typeof addresses) => void)(
          null,
          addresses,
        );
        return;
      }
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
