import { CustomErrorBase } from '@backstage/errors';

/** A conditional write (If-Match) that found the resource changed: HTTP 412. */
export class PreconditionFailedError extends CustomErrorBase {
  name = 'PreconditionFailedError' as const;
  statusCode = 412;
}
