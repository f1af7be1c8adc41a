import { CustomErrorBase } from '@backstage/errors';

// The error classes of Zooport's own, for what @backstage/errors has no
// class for. Every layer (stores, services, routes) may import them.

/** A conditional write (If-Match) that found the resource changed: HTTP 412. */
export class PreconditionFailedError extends CustomErrorBase {
  name = 'PreconditionFailedError' as const;
  statusCode = 412;
}
