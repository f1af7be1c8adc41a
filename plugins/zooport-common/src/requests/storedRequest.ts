import { DateTime } from 'luxon';
import { RequestEvent, SlaTarget, SupportRequest } from './types';

/**
 * The instants at which an SLA clock turns at risk (its warning goes out)
 * and breaches; both null while the clock is paused.
 *
 * @public
 */
export interface SlaMilestones {
  warnAt: string | null;
  dueAt: string | null;
}

/**
 * A stretch during which a request's resolution clock stood still, with the
 * milestones that clock had when the pause began (absent on pauses stored
 * before they were kept, and on the stretch a reopened request spent
 * resolved).
 *
 * @public
 */
export interface StoredPause {
  start: string;
  end: string | null;
  before?: SlaMilestones;
}

/**
 * A request as stored: the wire shape without its computed SLA clocks, and
 * what those clocks are computed from. Its instants are UTC ISO 8601.
 *
 * @public
 */
export interface StoredRequest extends Omit<SupportRequest, 'sla'> {
  idempotencyKey: string | null;
  slaTarget: SlaTarget;
  resolutionPauses: StoredPause[];
  firstResponse: SlaMilestones;
  /**
   * The minutes the first-response clock counted up to `firstRespondedAt`,
   * kept from the moment of the response; absent on requests answered
   * before it was kept.
   */
  firstResponseMinutes?: number | null;
  resolutionMilestones: SlaMilestones;
}

/**
 * A history line of a request before it is stored; the store adds its id.
 *
 * @public
 */
export type NewRequestEvent = Omit<RequestEvent, 'id' | 'requestId'>;

/** An instant as a stored request holds it. */
export function storedInstant(at: DateTime): string {
  return at.toUTC().toISO()!;
}

/**
 * A public history line without a body, by `actorRef` at `at`.
 *
 * @public
 */
export function requestEvent(
  kind: RequestEvent['kind'],
  actorRef: string,
  at: DateTime,
  details: Record<string, unknown>,
): NewRequestEvent {
  return {
    kind,
    actorRef,
    at: storedInstant(at),
    body: null,
    internal: false,
    details,
  };
}
