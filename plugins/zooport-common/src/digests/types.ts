import {
  DocumentationGaps,
  InterruptCost,
  PersonFigures,
  SlaBreach,
} from '../reports/types';
import { RequestPriority, RequestStatus } from '../requests/types';

/** What `GET …/digests/daily` and `…/digests/weekly` take; `at` defaults to now. @public */
export interface DigestQuery {
  at?: string;
}

/** One period of a digest: the local day it is due on and when. @public */
export interface DigestDue {
  /** The calendar day on the desk's wall clock, YYYY-MM-DD. */
  date: string;
  /** The instant it is due, with the desk's offset. */
  dueAt: string;
}

/** A request a digest lists, with where it is shown. @public */
export interface DigestRequest {
  id: string;
  title: string;
  priority: RequestPriority;
  status: RequestStatus;
  assigneeRef: string | null;
  createdAt: string;
  link: string;
}

/** Some of a digest's requests: how many there are, and the first of them. @public */
export interface DigestRequests {
  total: number;
  requests: DigestRequest[];
}

/**
 * A desk's daily digest, as `GET /desks/:namespace/:name/digests/daily`
 * previews it and the people on duty get it.
 *
 * @public
 */
export interface DailyDigest extends DigestDue {
  teamRef: string;
  timeZone: string;
  enabled: boolean;
  /** The previous digest's due time: "new" means filed since then. */
  since: string;
  recipients: string[];
  /** The desk's page, where its requests are listed. */
  link: string;
  newSince: DigestRequests;
  open: DigestRequests;
  atRisk: DigestRequests;
  breached: DigestRequests;
  /** Open requests waiting on the desk (not on their requester), oldest first. */
  oldestWaiting: DigestRequests;
}

/** The names of the key figures a weekly report compares. @public */
export const weeklyFigureNames = [
  'filed',
  'resolved',
  'openAtEnd',
  'breaches',
  'firstResponseMetShare',
  'resolutionMetShare',
  'deflectedShare',
  'minutesSpent',
] as const;

/** @public */
export type WeeklyFigureName = (typeof weeklyFigureNames)[number];

/** One key figure of the week against the week before; null where there is none. @public */
export interface WeeklyFigure {
  name: WeeklyFigureName;
  week: number | null;
  weekBefore: number | null;
}

/** Calendar days `from` to `to` (both included) on the desk's wall clock. @public */
export interface DigestDays {
  from: string;
  to: string;
}

/**
 * A desk's weekly report, as `GET /desks/:namespace/:name/digests/weekly`
 * previews it and the team and its lead get it.
 *
 * @public
 */
export interface WeeklyReport extends DigestDue {
  teamRef: string;
  timeZone: string;
  enabled: boolean;
  recipients: string[];
  link: string;
  /** The seven days before the due day. */
  week: DigestDays;
  /** The seven days before those. */
  weekBefore: DigestDays;
  figures: WeeklyFigure[];
  breaches: SlaBreach[];
  /** The load per person, the busiest first. */
  people: PersonFigures[];
  /**
   * The desk topics that came back most often among the requests resolved
   * in the week: at most five, most requests first, ties by minutes spent.
   */
  topics: InterruptCost[];
  documentationGaps: DocumentationGaps;
}
