import { isOpen } from './lifecycle';
import { ResolutionCategory, SupportRequest } from './types';

/**
 * A desk's key figures over a period, as `GET …/figures` answers.
 *
 * @public
 */
export interface DeskFigures {
  /** Requests open now, and how many of them are at risk or breached. */
  open: number;
  atRisk: number;
  breached: number;
  /** Requests filed in the period. */
  filed: number;
  /**
   * The period's requests the desk answered, or whose first-response
   * deadline passed unanswered: how many, and how many of them in time. A
   * request closed before any answer and before its deadline is not
   * counted: nobody responded.
   */
  firstResponseCounted: number;
  firstResponseMet: number;
  /** `firstResponseMet` of `firstResponseCounted`, rounded down: 100 only when every one was in time. */
  firstResponseMetPercent: number | null;
  /** Median minutes to the first response (as the SLA clock counts them). */
  medianFirstResponseMinutes: number | null;
  resolutions: Partial<Record<ResolutionCategory, number>>;
  /** Interrupt load per assignee: requests and minutes spent. */
  load: { userRef: string; requests: number; minutesSpent: number }[];
  /** Request types by how often they were filed, most first. */
  types: { typeName: string; requests: number }[];
}

function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

function countBy<T>(items: T[], key: (item: T) => string | null) {
  const counts = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) {
      const group = counts.get(k);
      if (group) {
        group.push(item);
      } else {
        counts.set(k, [item]);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
}

/**
 * The key figures of a desk from its requests (with their SLA clocks as of
 * now): those filed since `since` and those still open.
 *
 * @public
 */
export function deskFigures(
  requests: SupportRequest[],
  since: string,
): DeskFigures {
  const open = requests.filter(r => isOpen(r.status));
  const filed = requests.filter(r => r.createdAt >= since);
  const answered = filed.filter(
    r =>
      r.firstRespondedAt !== null || r.sla.firstResponse.state === 'breached',
  );
  const inTime = answered.filter(
    r => r.sla.firstResponse.state === 'met',
  ).length;
  return {
    open: open.length,
    atRisk: open.filter(
      r =>
        r.sla.firstResponse.state === 'at_risk' ||
        r.sla.resolution.state === 'at_risk',
    ).length,
    breached: open.filter(
      r =>
        r.sla.firstResponse.state === 'breached' ||
        r.sla.resolution.state === 'breached',
    ).length,
    filed: filed.length,
    firstResponseCounted: answered.length,
    firstResponseMet: inTime,
    firstResponseMetPercent: answered.length
      ? Math.floor((100 * inTime) / answered.length)
      : null,
    medianFirstResponseMinutes: median(
      answered.map(r => r.sla.firstResponse.elapsedMinutes),
    ),
    resolutions: Object.fromEntries(
      countBy(filed, r => r.resolution?.category ?? null).map(([k, v]) => [
        k,
        v.length,
      ]),
    ),
    load: countBy(filed, r => r.assigneeRef).map(([userRef, assigned]) => ({
      userRef,
      requests: assigned.length,
      minutesSpent: assigned.reduce(
        (sum, r) => sum + (r.resolution?.minutesSpent ?? 0),
        0,
      ),
    })),
    types: countBy(filed, r => r.typeName).map(([typeName, ofType]) => ({
      typeName,
      requests: ofType.length,
    })),
  };
}
