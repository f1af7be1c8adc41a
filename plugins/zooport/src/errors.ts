import { ResponseError } from '@backstage/errors';

/** The backend refused a save because someone saved after it was read. */
export const isStaleSave = (error: unknown) =>
  ResponseError.is(error) && error.response.status === 412;

/** What went wrong, in the backend's words when it answered with an error. */
export function problemOf(error: Error): string {
  return ResponseError.is(error) ? error.cause.message : error.message;
}
