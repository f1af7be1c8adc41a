import { DateTime } from 'luxon';

/** Instants go to the database as fixed-width UTC strings (see migrations). */
export function toStoredInstant(instant: DateTime): string {
  return instant.toUTC().toISO()!;
}

/** A write that broke a primary key or unique index, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const { code } = (error ?? {}) as { code?: string };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
