import { InputError } from '@backstage/errors';
import { Request, Response } from 'express';
import { revisionNumber } from './revisionNumber';

// A resource's revision travels as its ETag; a write names the revision it
// last saw in If-Match, and a stale one is refused with 412.

/** The revision an `If-Match: "<revision>"` header asks for, if any. */
export function revisionFrom(req: Request): number | undefined {
  const header = req.header('if-match');
  if (header === undefined) {
    return undefined;
  }
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  const revision = match ? revisionNumber(match[1]) : undefined;
  if (revision === undefined) {
    throw new InputError(`If-Match: ${header} is not an ETag of this API`);
  }
  return revision;
}

/** Names the revision of the answer in its ETag, for a later If-Match. */
export function setRevisionTag(res: Response, revision: number) {
  res.setHeader('ETag', `"${revision}"`);
}
