import { Entity } from '@backstage/catalog-model';
import { CatalogApi } from '@backstage/plugin-catalog-react';

/** How many matches a picker offers at a time. */
const shown = 10;

/**
 * The catalog entities of `kinds` (any kind when empty) whose `fields` hold
 * `text` (all when empty), the first few by name.
 */
export async function findEntities(
  catalogApi: CatalogApi,
  options: { kinds: string[]; fields: string[]; text: string },
): Promise<Entity[]> {
  const { kinds, fields, text } = options;
  const { items } = await catalogApi.queryEntities({
    filter: kinds.length ? { kind: kinds } : {},
    ...(text ? { fullTextFilter: { term: text, fields } } : {}),
    orderFields: { field: 'metadata.name', order: 'asc' },
    limit: shown,
  });
  return items;
}
