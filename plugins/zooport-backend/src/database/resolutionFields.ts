import { Knex } from 'knex';

/** Fields of a request's resolution that queries read inside its stored JSON text. */
export type ResolutionField = 'category' | 'minutesSpent';

/**
 * The SQL of one field of the stored resolution (JSON text, or null while
 * unresolved): text for the category, an integer for the minutes spent.
 */
export function resolutionFieldSql(db: Knex, field: ResolutionField): string {
  if (db.client.config.client === 'pg') {
    const text = `(resolution::json ->> '${field}')`;
    return field === 'minutesSpent' ? `cast(${text} as integer)` : text;
  }
  return `json_extract(resolution, '$.${field}')`;
}
