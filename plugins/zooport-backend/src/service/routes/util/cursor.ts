import { InputError } from '@backstage/errors';

/** An opaque page cursor for clients. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a cursor stands for; 400 for anything this API did not give. */
export function decodeCursor<T>(
  value: string,
  isPosition: (value: unknown) => value is T,
): T {
  try {
    const position = JSON.parse(Buffer.from(value, 'base64url').toString());
    if (isPosition(position)) {
      return position;
    }
  } catch {
    // reported below
  }
  throw new InputError('cursor: not a cursor this API gave out');
}
