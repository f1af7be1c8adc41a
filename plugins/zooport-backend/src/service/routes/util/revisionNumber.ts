// Revisions are stored in 32-bit integer columns; a larger number could
// never name one, and PostgreSQL refuses to compare with it.
const LARGEST_REVISION = 2147483647;

/** `text` as a revision (a whole number from 1 that a column can hold), if it is one. */
export function revisionNumber(text: string): number | undefined {
  if (!/^\d+$/.test(text)) {
    return undefined;
  }
  const revision = Number(text);
  return revision >= 1 && revision <= LARGEST_REVISION ? revision : undefined;
}
