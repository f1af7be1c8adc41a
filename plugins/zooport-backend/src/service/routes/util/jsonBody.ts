import { InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';

/**
 * Parses JSON bodies up to `limit`. A body that is too large or not JSON is
 * bad input like any other (400 naming the body), not a transport error.
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      const { type } = (error ?? {}) as { type?: string };
      if (type === 'entity.too.large') {
        next(new InputError(`body: larger than the limit of ${limit}`));
      } else if (type === 'entity.parse.failed') {
        next(new InputError('body: not valid JSON'));
      } else {
        next(error);
      }
    });
}
