import { ResponseError } from '@backstage/errors';

/** What went wrong, in the backend's words when it answered with an error. */
export function problemOf(error: Error): string {
  return ResponseError.is(error) ? error.cause.message : error.message;
}
