/**
 * The answer of every route that lists things without pages, e.g.
 * `GET /desks` or `GET /entries/:id/versions`.
 *
 * @public
 */
export interface ItemList<T> {
  items: T[];
}
