import { FaqCandidate } from '../knowledge/faqCandidates';
import {
  RequestPriority,
  RequestResolution,
  RequestStatus,
  ResolutionCategory,
} from '../requests/types';

/** How a report cuts its range: calendar days, ISO weeks or months. @public */
export const reportBuckets = ['day', 'week', 'month'] as const;
/** @public */
export type ReportBucket = (typeof reportBuckets)[number];

/**
 * What `GET …/report` and `GET /report` take: the first and the last
 * calendar day of the range (YYYY-MM-DD, both included) on the desk's wall
 * clock, widened to whole buckets; `bucket` defaults to `week`.
 *
 * @public
 */
export interface ReportQuery {
  from: string;
  to: string;
  bucket?: ReportBucket;
}

/**
 * How much of each desk `GET /report` sends: its figures per bucket and
 * its totals, or the totals alone (its `buckets` then empty), which is
 * what a table of desks needs and a fraction of the size. @public
 */
export const orgReportDetails = ['buckets', 'totals'] as const;
/** @public */
export type OrgReportDetail = (typeof orgReportDetails)[number];

/**
 * What `GET /report` takes: a `ReportQuery`, the desks to report on
 * (group refs, `desk` once for each; every stored desk when it names
 * none), and the `detail` of each desk (default `buckets`).
 *
 * @public
 */
export interface OrgReportQuery extends ReportQuery {
  desk?: string[];
  detail?: OrgReportDetail;
}

/**
 * What a report reads of a request: no description, no comments, no
 * internal notes. Instants are UTC ISO 8601 text of one shape, as stored.
 *
 * @public
 */
export interface ReportRequest {
  id: string;
  teamRef: string;
  title: string;
  typeId: string;
  typeName: string;
  priority: RequestPriority;
  status: RequestStatus;
  assigneeRef: string | null;
  createdAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  resolution: Pick<
    RequestResolution,
    'category' | 'minutesSpent' | 'entryId'
  > | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  /** The first-response clock's minutes, kept at the response. */
  firstResponseMinutes: number | null;
}

/** One bucket of a report: `start` ≤ t < `end`, on the desk's wall clock. @public */
export interface ReportPeriod {
  /** `2026-03-29` (day), `2026-W13` (week) or `2026-03` (month). */
  label: string;
  start: string;
  end: string;
}

/** Requests filed and resolved in a bucket, and open at its end. @public */
export interface VolumeCounts {
  filed: number;
  resolved: number;
  open: number;
}

/** One SLA clock's figures over a bucket or the range. @public */
export interface ClockFigures {
  /** Clocks that stopped in it, or whose deadline passed in it while running. */
  counted: number;
  met: number;
  /** `met` of `counted`, 0 to 1; null when none was counted. */
  metShare: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/** Resolutions that pointed the requester to something that already existed. @public */
export interface DeflectionFigures {
  resolved: number;
  deflected: number;
  /** `deflected` of `resolved`, 0 to 1; null when nothing was resolved. */
  share: number | null;
}

/** The figures of one bucket of a desk's report. @public */
export interface DeskReportBucket extends ReportPeriod, VolumeCounts {
  byType: Record<string, VolumeCounts>;
  byPriority: Partial<Record<RequestPriority, VolumeCounts>>;
  firstResponse: ClockFigures;
  resolution: ClockFigures;
  deflection: DeflectionFigures;
  minutesSpent: number;
}

/** A report's figures over its whole range. @public */
export interface ReportTotals {
  filed: number;
  resolved: number;
  openAtEnd: number;
  firstResponse: ClockFigures;
  resolution: ClockFigures;
  breaches: number;
  deflection: DeflectionFigures;
  minutesSpent: number;
}

/** A request whose SLA clock was breached in the range. @public */
export interface SlaBreach {
  id: string;
  title: string;
  typeName: string;
  priority: RequestPriority;
  clock: 'first_response' | 'resolution';
  dueAt: string;
  /** When the clock stopped; null while it still ran at the deadline's bucket. */
  stoppedAt: string | null;
}

/** How many requests arrived in one hour of one weekday. @public */
export interface ArrivalPeak {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  hour: number;
  requests: number;
}

/** Arrivals on the desk's wall clock. @public */
export interface ArrivalFigures {
  /** Requests filed, by weekday (Monday first) then hour (0–23). */
  byWeekdayHour: number[][];
  /** The busiest hours, busiest first (at most three). */
  peaks: ArrivalPeak[];
}

/** One person's load over the range. @public */
export interface PersonFigures {
  userRef: string;
  requestsHandled: number;
  minutesSpent: number;
  hoursOnDuty: number;
  hoursOnDutyOutsideSupportHours: number;
  requestsWhileOnDuty: number;
}

/** How evenly a figure is spread over the people of a report. @public */
export interface Spread {
  min: number;
  max: number;
  mean: number;
  /** `max` over `mean`: 1 when everyone carries the same; null when the mean is 0. */
  maxToMean: number | null;
}

/** @public */
export interface FairnessFigures {
  requestsHandled: Spread;
  minutesSpent: Spread;
  hoursOnDuty: Spread;
  hoursOnDutyOutsideSupportHours: Spread;
}

/** Minutes spent on requests resolved in one ISO week. @public */
export interface InterruptWeek extends ReportPeriod {
  minutesSpent: number;
}

/** What a request type or a desk topic cost. @public */
export interface InterruptCost {
  name: string;
  requests: number;
  minutesSpent: number;
}

/** @public */
export interface InterruptFigures {
  weeks: InterruptWeek[];
  types: InterruptCost[];
  topics: InterruptCost[];
}

/** A request a report links to. @public */
export interface ReportLink {
  id: string;
  title: string;
}

/** Linked requests: how many, and the latest of them. @public */
export interface LinkedRequests {
  total: number;
  requests: ReportLink[];
}

/**
 * Answered questions alike enough to deserve an FAQ entry: `requests`
 * holds the latest of them, `total` counts them all.
 *
 * @public
 */
export interface RecurringQuestion extends FaqCandidate {
  /** Set in every report; optional so that a plain FaqCandidate still fits. */
  total?: number;
}

/** @public */
export interface DocumentationGaps {
  /** Answered questions asked again and again ("questions that keep coming back"). */
  recurring: RecurringQuestion[];
  /** Answered by a link to documentation that exists but was not found. */
  answeredWithDocumentationLink: LinkedRequests;
  /** Answered by hand, with no FAQ entry. */
  answeredWithoutFaqEntry: LinkedRequests;
}

/** A desk's report, as `GET /desks/:namespace/:name/report` answers. @public */
export interface DeskReport {
  teamRef: string;
  timeZone: string;
  bucket: ReportBucket;
  /** The range widened to whole buckets: `from` ≤ t < `to`. */
  from: string;
  to: string;
  buckets: DeskReportBucket[];
  totals: ReportTotals;
  /** The latest breaches by deadline, in deadline order; `totals.breaches` counts all. */
  breaches: SlaBreach[];
  arrivals: ArrivalFigures;
  resolutions: Partial<Record<ResolutionCategory, number>>;
  people: PersonFigures[];
  fairness: FairnessFigures;
  /** Where the record of shifts begins; null when the desk has none. */
  dutyRecordedFrom: string | null;
  interrupts: InterruptFigures;
  documentationGaps: DocumentationGaps;
}

/** One desk of the org report. @public */
export interface OrgReportRow {
  teamRef: string;
  timeZone: string;
  from: string;
  to: string;
  buckets: (ReportPeriod & VolumeCounts & { deflection: DeflectionFigures })[];
  totals: ReportTotals;
}

/** What `GET /report` answers: one row per desk. @public */
export interface OrgReport {
  bucket: ReportBucket;
  desks: OrgReportRow[];
}
