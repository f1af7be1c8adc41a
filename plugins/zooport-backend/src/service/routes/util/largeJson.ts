import { Request, Response } from 'express';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipWhole = promisify(gzip);

/** Smaller answers are left to the root router's compression. */
const WHOLE_BODY_FROM_BYTES = 64 * 1024;

/**
 * Sends a large JSON answer, gzipped in one piece when the client accepts
 * it. The root router's compression streams a body through zlib in 16 kB
 * chunks, each a round trip through the thread pool; for the zoo's half
 * megabyte that took longer than working out the answer.
 */
export async function sendLargeJson(
  req: Request,
  res: Response,
  value: unknown,
): Promise<void> {
  const json = JSON.stringify(value);
  res.type('json');
  res.vary('Accept-Encoding');
  if (
    Buffer.byteLength(json) < WHOLE_BODY_FROM_BYTES ||
    req.acceptsEncodings('gzip', 'identity') !== 'gzip'
  ) {
    res.send(json);
    return;
  }
  // The root router's compression leaves an encoded body alone.
  res.setHeader('Content-Encoding', 'gzip');
  res.send(await gzipWhole(json));
}
