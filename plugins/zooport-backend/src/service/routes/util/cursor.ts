import { InputError } from '@backstage/errors';
import { hasControlCharacters } from '../../validation/fields';

/** An opaque page cursor for clients. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * A forged cursor must not carry NUL or other control characters to the
 * database any more than a field may.
 */
function isPlain(position: unknown): boolean {
  return Object.values(position ?? {}).every(
    value => typeof value !== 'string' || !hasControlCharacters(value),
  );
}

/** The position a cursor stands for; 400 for anything this API did not give. */
export function decodeCursor<T>(
  value: string,
  isPosition: (value: unknown) => value is T,
): T {
  try {
    const position = JSON.parse(Buffer.from(value, 'base64url').toString());
    if (isPosition(position) && isPlain(position)) {
      return position;
    }
  } catch {
    // reported below
  }
  throw new InputError('cursor: not a cursor this API gave out');
}
