import type { TimeOfDay } from '../time/wallClock';
import type { ReadinessWarning } from '../readiness/stages';
import type { ScheduledShift } from './schedule';

/** ISO weekday: 1 = Monday … 7 = Sunday. @public */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** @public */
export interface RotationParticipant {
  userRef: string;
  /** E.g. `production-access`. */
  capabilities: string[];
}

/**
 * How a team hands the duty around.
 *
 * @public
 */
export interface RotationSpec {
  /** IANA zone whose wall clock the handoffs follow. */
  timeZone: string;
  /** Weekday and local time of the handoff; `day` matters for weekly shifts. */
  handoff: { day: IsoWeekday; time: TimeOfDay };
  shiftLength: { unit: 'day' | 'week'; count: number };
  /** 1 = a single Zooporter, 2 = a primary and a secondary. */
  membersPerShift: number;
  participants: RotationParticipant[];
  /** Calendar date (YYYY-MM-DD) on which the first shift starts, at the handoff time. */
  start: string;
  fallback: string | null;
  observers: string[];
  /** Each shift needs at least one on-duty member with each of these. */
  requiredCapabilities?: string[];
  /**
   * Set by the backend when participants change: from shift `shift` on, that
   * shift's primary is `participants[position]`, and `members` (when set)
   * are the people of shift `shift`. It keeps whoever is on duty now on
   * duty when the list is edited mid-shift.
   */
  anchor?: {
    shift: number;
    position: number;
    /**
     * Who is on shift `shift` itself, primary first: the people on duty
     * when the rotation was edited, kept for the rest of that shift.
     */
    members?: string[];
  };
}

/** @public */
export type OverrideKind = 'replace' | 'add' | 'remove';

/**
 * A change to who is on duty for a time range: vacation, swap, extra help.
 *
 * @public
 */
export interface RotationOverride {
  id: string;
  kind: OverrideKind;
  /** The person replaced or removed, or the person added. */
  userRef: string;
  /** Who steps in, for `replace`. */
  replacementRef?: string | null;
  /** ISO 8601 instants; the override covers `start` ≤ t < `end`. */
  start: string;
  end: string;
  reason?: string | null;
}

/**
 * What `POST /desks/:namespace/:name/overrides` takes.
 *
 * @public
 */
export type OverrideInput = Omit<RotationOverride, 'id'>;

/**
 * An override as stored, with who made it, as `GET` and `POST
 * /desks/:namespace/:name/overrides` answer it.
 *
 * @public
 */
export interface StoredOverride extends RotationOverride {
  teamRef: string;
  createdBy: string;
  createdAt: string;
}

/** @public */
export type OnDutyRole = 'primary' | 'secondary' | 'fallback';

/** @public */
export interface OnDutyMember {
  userRef: string;
  role: OnDutyRole;
  source: 'rotation' | 'override';
}

/**
 * A shift of the coming ones that lacks a capability the rotation requires.
 *
 * @public
 */
export interface ShiftViolation {
  shiftStart: string;
  missingCapabilities: string[];
}

/**
 * What `POST /desks/:namespace/:name/rotation-preview` takes: a draft
 * rotation and how many shifts to show (8 when left out).
 *
 * @public
 */
export interface RotationPreviewInput {
  rotation: RotationSpec;
  shifts?: number;
}

/**
 * The next shifts of a draft rotation, as `POST …/rotation-preview` answers.
 *
 * @public
 */
export interface RotationPreview {
  teamRef: string;
  shifts: ScheduledShift[];
  violations: ShiftViolation[];
  /** Who would be on duty before they are ready; the backend always sets it. */
  readinessWarnings?: ReadinessWarning[];
}

/**
 * A desk's shifts from `from` to `to`, overrides applied, as `GET
 * /desks/:namespace/:name/schedule` answers.
 *
 * @public
 */
export interface DeskSchedule {
  teamRef: string;
  from: string;
  to: string;
  shifts: ScheduledShift[];
}

/**
 * The query of `GET /desks/:namespace/:name/schedule`: ISO instants; from
 * now and four weeks on when left out.
 *
 * @public
 */
export interface DeskScheduleQuery {
  from?: string;
  to?: string;
}

/**
 * The query of `GET /on-duty` and `GET /desks/:namespace/:name/on-duty`:
 * the instant asked about (ISO), now when left out.
 *
 * @public
 */
export interface OnDutyQuery {
  at?: string;
}
