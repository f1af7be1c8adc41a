import {
  DocumentationGaps,
  InterruptCost,
  PersonFigures,
  SlaBreach,
} from '../reports/types';
import { RequestPriority, RequestStatus } from '../requests/types';
import { OnDutyMember } from '../rotation/types';

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

/** Someone the schedule puts on duty for a stretch of next week. @public */
export interface PlannedDuty extends OnDutyMember {
  /** How people know them: the catalog's display name, else the ref's name. */
  name: string;
  start: string;
  end: string;
}

/** Support-hours time with nobody from the rotation or an override on duty. @public */
export interface PlanningGap {
  start: string;
  end: string;
}

/**
 * A desk's planning reminder: who is on support next week, and where
 * nobody is, as `GET /desks/:namespace/:name/digests/planning` previews it
 * and the team and its lead get it.
 *
 * @public
 */
export interface PlanningReminder extends DigestDue {
  teamRef: string;
  timeZone: string;
  enabled: boolean;
  recipients: string[];
  /** The desk's rotation editor, where next week is planned. */
  link: string;
  /** The calendar week after the one the reminder is sent in. */
  nextWeek: DigestDays;
  /**
   * Who the rotation, the overrides and the fallback put on duty, in order
   * of their stretches; a stretch over the week's edges is cut to them.
   */
  onDuty: PlannedDuty[];
  /** Open support-hours time with nobody on duty but at most the fallback. */
  gaps: PlanningGap[];
  /** Who answers in the gaps: the rotation's fallback; null when none. */
  fallback: { userRef: string; name: string } | null;
}
