import { IsoWeekday, OnDutyMember, RotationSpec } from './rotation/types';
import { TimeOfDay } from './time/wallClock';

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
 * A desk in the zoo view (`GET /on-duty`): who is on duty, with the animal.
 *
 * @public
 */
export type ZooDesk = DeskOnDuty & Pick<Desk, 'animal'>;

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
