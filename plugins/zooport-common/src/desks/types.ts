/**
 * Support desks as the API speaks of them: what `GET` and `PUT
 * /desks/:namespace/:name` carry, who is on duty, and the signed-in
 * person's shifts.
 */

import {
  IsoWeekday,
  OnDutyMember,
  RotationSpec,
  ShiftViolation,
} from '../rotation/types';
import { TimeOfDay } from '../time/wallClock';
import { DeskJira, JiraProject } from '../jira/types';
import { DeskSlack, SlackUserGroup } from './slack';

/** @public */
export interface DeskAnimal {
  name: string;
  /** An emoji, e.g. 🐘. */
  emoji?: string;
  /** CSS colour, e.g. #5C6BC0. */
  colour?: string;
}

/** @public */
export interface DeskChannel {
  name: string;
  url?: string;
}

/** @public */
export interface DeskLink {
  title: string;
  url: string;
}

/**
 * When a desk answers: weekly opening ranges on the desk's wall clock, minus
 * holidays; optionally only on some weekdays ("support days").
 *
 * @public
 */
export interface SupportHours {
  timeZone: string;
  weekly: { day: IsoWeekday; start: TimeOfDay; end: TimeOfDay }[];
  holidays: string[];
  supportDays?: IsoWeekday[];
}

/**
 * When a desk's daily digest goes out: at `time` on its wall clock, on its
 * support days. Defaults: 08:30, enabled.
 *
 * @public
 */
export interface DailyDigestSettings {
  time?: TimeOfDay;
  enabled?: boolean;
}

/**
 * When a desk's weekly report goes out: on `weekday` at `time` on its wall
 * clock. Defaults: Monday, 09:00, enabled.
 *
 * @public
 */
export interface WeeklyReportSettings {
  weekday?: IsoWeekday;
  time?: TimeOfDay;
  enabled?: boolean;
}

/**
 * When a desk's planning reminder (who is on support next week) goes out:
 * on `weekday` at `time` on its wall clock. Defaults: Monday, 10:00,
 * enabled.
 *
 * @public
 */
export type PlanningReminderSettings = WeeklyReportSettings;

/** A desk's digest settings; what is left out takes its default. @public */
export interface DeskDigests {
  daily?: DailyDigestSettings;
  weekly?: WeeklyReportSettings;
  planning?: PlanningReminderSettings;
}

/**
 * What `PUT /desks/:namespace/:name` takes.
 *
 * @public
 */
export interface DeskInput {
  animal: DeskAnimal;
  helpsWith?: string;
  topics: string[];
  channels: DeskChannel[];
  links?: DeskLink[];
  hours: SupportHours;
  rotation: RotationSpec | null;
  /**
   * When the daily digest, the weekly report and the planning reminder go
   * out; defaults when absent.
   */
  digests?: DeskDigests;
  /** The Slack user group kept set to the people on duty, if any. */
  slackUserGroup?: SlackUserGroup;
  /**
   * The Jira project a request resolved as a bug ticket is filed in, when
   * its type names none; null or absent: the ticket's URL is pasted.
   */
  jiraProject?: JiraProject | null;
}

/**
 * A team's support desk as the API returns it.
 *
 * @public
 */
export interface Desk extends DeskInput {
  teamRef: string;
  links: DeskLink[];
  /** Increases with every write; the ETag is derived from it. 0 = not stored yet. */
  revision: number;
  /** Who last saved it; null while the desk only has its catalog defaults. */
  updatedBy: string | null;
  updatedAt: string | null;
  /**
   * Only in the answer for one desk, and only when the backend syncs Slack
   * user groups: the frontend offers the user group field by it.
   */
  slack?: DeskSlack;
  /**
   * Only in the answer for one desk, and only when the backend files Jira
   * issues: the frontend offers the Jira project fields by it.
   */
  jira?: DeskJira;
}

/**
 * One desk as `GET` and `PUT /desks/:namespace/:name` answer it.
 *
 * @public
 */
export interface DeskDetail extends Desk {
  /** The next shifts that break `requiredCapabilities`. */
  upcomingViolations: ShiftViolation[];
}

/**
 * What `PUT /desks/:namespace/:name` takes: a `DeskInput`, or a desk as
 * `GET` answers it; the fields the backend adds are ignored.
 *
 * @public
 */
export type DeskWrite = DeskInput &
  Partial<Pick<DeskDetail, Exclude<keyof DeskDetail, keyof DeskInput>>>;

/**
 * What a desk's webhook posts: `json`, the event as it is; `teams`, a
 * Microsoft Teams message with an Adaptive Card; `slack`, a Slack Block
 * Kit message.
 *
 * @public
 */
export const webhookFormats = ['json', 'teams', 'slack'] as const;

/** @public */
export type WebhookFormat = (typeof webhookFormats)[number];

/**
 * What `PUT /desks/:namespace/:name/webhook` takes; `null` removes it.
 * Without a `format`, the webhook posts `json`.
 *
 * @public
 */
export interface WebhookInput {
  url: string | null;
  format?: WebhookFormat;
}

/**
 * One post of request events to a desk's webhook, as it was tried.
 *
 * @public
 */
export interface WebhookDelivery {
  id: number;
  event: string;
  attempts: number;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
}

/**
 * What `GET /desks/:namespace/:name/webhook` answers: the address, or
 * `null`, and the posts to it, oldest first.
 *
 * @public
 */
export interface DeskWebhook {
  url: string | null;
  format: WebhookFormat;
  deliveries: WebhookDelivery[];
}

/**
 * Who is on duty at one desk, as `GET /desks/:namespace/:name/on-duty`
 * answers.
 *
 * @public
 */
export interface DeskOnDuty {
  teamRef: string;
  at: string;
  shift: { start: string; end: string } | null;
  onDuty: OnDutyMember[];
  observers: string[];
  next: { start: string; onDuty: OnDutyMember[] } | null;
}

/**
 * A desk in the zoo view (`GET /on-duty`): what its card shows, the animal,
 * who is on duty now and until when. Who comes next is on the desk's own
 * `GET /desks/:namespace/:name/on-duty`.
 *
 * @public
 */
export interface ZooDesk {
  teamRef: string;
  animal: DeskAnimal;
  onDuty: OnDutyMember[];
  observers: string[];
  /** When the current shift ends; null when no shift is running. */
  until: string | null;
}

/**
 * What `GET /on-duty` answers: every desk, at one instant.
 *
 * @public
 */
export interface Zoo {
  at: string;
  desks: ZooDesk[];
}

/**
 * One stretch of duty of the signed-in person, for `GET /me/shifts`.
 *
 * @public
 */
export interface MyShift {
  teamRef: string;
  animal: DeskAnimal;
  /** The rotation's zone, whose wall clock the handoffs follow. */
  timeZone: string;
  start: string;
  end: string;
  role: OnDutyMember['role'] | 'observer';
  source: OnDutyMember['source'];
}

/**
 * The signed-in person's stretches of duty in the next 13 weeks, and the
 * shifts they observe now and next, as `GET /me/shifts` answers.
 *
 * @public
 */
export interface MyShifts {
  userRef: string;
  shifts: MyShift[];
  observing: MyShift[];
}
