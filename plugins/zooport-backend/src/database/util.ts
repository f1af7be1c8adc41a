import { DateTime } from 'luxon';

/**
 * Instants go to the database as fixed-width UTC strings (see migrations),
 * `YYYY-MM-DDTHH:mm:ss.SSSZ`, and every write of an instant goes through
 * here. The stores compare and sort these columns as text, which is time
 * order only while every year has four digits: luxon writes year 10000 as
 * `+010000-…`, which sorts before `2026-…`. The API refuses instants and
 * dates outside the years 1900–2999 (`FIRST_YEAR`, `LAST_YEAR` in
 * service/validation/fields.ts), and the instants the backend works out
 * itself stay near now.
 */
export function toStoredInstant(instant: DateTime): string {
  return instant.toUTC().toISO()!;
}

/** An instant written as ISO text elsewhere, stored as {@link toStoredInstant} does. */
export function toStoredInstantText(instant: string): string;
export function toStoredInstantText(instant: string | null): string | null;
export function toStoredInstantText(instant: string | null): string | null {
  return instant === null
    ? null
    : toStoredInstant(DateTime.fromISO(instant, { setZone: true }));
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
