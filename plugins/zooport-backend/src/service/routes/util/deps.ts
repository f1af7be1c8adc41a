import { DateTime } from 'luxon';
import { Access } from '../../Access';

/** What the routes of every resource need; each module adds its services. */
export interface RouteDeps {
  access: Access;
  /** The clock; tests pin it. */
  now: () => DateTime;
}
