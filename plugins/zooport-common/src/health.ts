/**
 * What `GET /api/zooport/health` answers.
 *
 * @public
 */
export interface ZooportHealth {
  status: 'ok';
  /** Version of the backend plugin package that answered. */
  version: string;
}
