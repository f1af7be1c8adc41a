import { isOpen } from '../requests/lifecycle';
import { fromStored } from './periods';
import { ReportRequest } from './types';

/**
 * An SLA clock as a report counts it: in the bucket of `at`, where it
 * stopped, or where its deadline passed while it still ran (breached, with
 * no minutes).
 */
export interface CountedClock {
  request: ReportRequest;
  at: string;
  met: boolean;
  dueAt: string | null;
  stoppedAt: string | null;
}

/** When the desk finished with a request: null while it is open. */
export function finishedAt(request: ReportRequest): string | null {
  return isOpen(request.status) ? null : request.resolvedAt ?? request.closedAt;
}

/**
 * Stored instants are UTC ISO text of one shape, so they compare as text;
 * a clock stopped at its deadline is met, as `fixedSlaClock` says.
 */
function counted(
  request: ReportRequest,
  stoppedAt: string | null,
  dueAt: string | null,
  until: string,
): CountedClock | undefined {
  if (stoppedAt !== null) {
    const met = dueAt === null || stoppedAt <= dueAt;
    return { request, at: stoppedAt, met, dueAt, stoppedAt };
  }
  if (dueAt !== null && dueAt < until) {
    return { request, at: dueAt, met: false, dueAt, stoppedAt: null };
  }
  return undefined;
}

/**
 * The first-response clock: stopped by the first response; a request
 * finished unanswered counts only when its deadline passed first.
 */
export function firstResponseClock(
  request: ReportRequest,
  now: string,
): CountedClock | undefined {
  return counted(
    request,
    request.firstRespondedAt,
    request.firstResponseDueAt,
    finishedAt(request) ?? now,
  );
}

/** The resolution clock: stopped when the request was resolved or closed. */
export function resolutionClock(
  request: ReportRequest,
  now: string,
): CountedClock | undefined {
  return counted(request, finishedAt(request), request.resolutionDueAt, now);
}

/** Whole minutes from filing to `stoppedAt`, by the calendar. */
export function minutesSinceFiling(clock: CountedClock): number | null {
  return clock.stoppedAt === null
    ? null
    : Math.floor(
        fromStored(clock.stoppedAt)
          .diff(fromStored(clock.request.createdAt))
          .as('minutes'),
      );
}
