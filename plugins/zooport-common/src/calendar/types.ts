/**
 * A desk's calendar feed address, as `GET` and `POST
 * /desks/:namespace/:name/calendar-subscription` answer it. The address
 * holds the feed's secret key.
 *
 * @public
 */
export interface CalendarSubscription {
  teamRef: string;
  url: string;
  /** The same address with the `webcal:` scheme, for calendar apps. */
  webcal: string;
}
