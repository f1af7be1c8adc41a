/**
 * Readiness workshops: a team practises its scenarios, one turn per
 * participant, and keeps what it learnt as notes and actions.
 */

import { Scenario } from './scenarios';

/**
 * What `POST /desks/:namespace/:name/workshops` and
 * `PUT /desks/:namespace/:name/workshops/:id` take. The facilitator and the
 * participants must be members of the team.
 *
 * @public
 */
export interface WorkshopInput {
  /** ISO 8601 instant with offset. */
  startsAt: string;
  durationMinutes: number;
  facilitatorRef: string;
  participantRefs: string[];
}

/** @public */
export interface Workshop extends WorkshopInput {
  id: string;
  teamRef: string;
  /** `startsAt` plus the duration: the UI's 15-minute reminder counts to it. */
  endsAt: string;
  /** True once a turn was drawn: a held workshop counts for the cadence. */
  held: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * What `POST /desks/:namespace/:name/workshops/:id/turns` takes: draw a
 * card for this participant ("pass the hat").
 *
 * @public
 */
export interface TurnDrawInput {
  participantRef: string;
}

/**
 * A participant's turn: the scenario drawn for them, its timer and the
 * scribe's record of the steps taken.
 *
 * @public
 */
export interface WorkshopTurn {
  id: string;
  workshopId: string;
  participantRef: string;
  scenarioId: string;
  /**
   * True when the participant had drawn every ready card of the deck
   * before, in any workshop of the desk, so this one is a repeat.
   */
  repeat: boolean;
  startedAt: string;
  /** Null while the turn runs; drawing the next turn ends it. */
  endedAt: string | null;
  /**
   * The steps taken, as the scribe writes them down (markdown). Saved
   * often; the last save wins.
   */
  steps: string;
  stepsUpdatedAt: string | null;
  stepsUpdatedBy: string | null;
}

/**
 * What `PUT /desks/:namespace/:name/workshops/:id/turns/:turnId/steps`
 * takes: the whole scribe box, replacing the last save.
 *
 * @public
 */
export interface TurnStepsInput {
  steps: string;
}

/** @public */
export const workshopNoteColumns = ['crappy', 'awesome', 'actions'] as const;

/** The retrospective's three columns. @public */
export type WorkshopNoteColumn = (typeof workshopNoteColumns)[number];

/** What a note points to: the turn's scenario, or a playbook. @public */
export interface WorkshopNoteLink {
  kind: 'scenario' | 'playbook';
  id: string;
}

/** What `POST /desks/:namespace/:name/workshops/:id/notes` takes. @public */
export interface WorkshopNoteInput {
  /** The turn the note was written in; null for the workshop as a whole. */
  turnId: string | null;
  column: WorkshopNoteColumn;
  text: string;
  link: WorkshopNoteLink | null;
}

/** @public */
export interface WorkshopNote extends WorkshopNoteInput {
  id: string;
  workshopId: string;
  authorRef: string;
  createdAt: string;
}

/** @public */
export const readinessActionStatuses = ['open', 'done', 'dropped'] as const;

/** @public */
export type ReadinessActionStatus = (typeof readinessActionStatuses)[number];

/**
 * What an action points to: a knowledge entry or a request (by id), or
 * anything else, e.g. a desk change, by address.
 *
 * @public
 */
export interface ReadinessActionLink {
  kind: 'entry' | 'request' | 'url';
  /** The entry's or request's id, or an http(s) address. */
  target: string;
  label: string;
}

/**
 * What `POST /desks/:namespace/:name/workshops/:id/actions` takes. The
 * owner must be a member of the team.
 *
 * @public
 */
export interface ReadinessActionInput {
  title: string;
  ownerRef: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  link: ReadinessActionLink | null;
  /** The turn it came out of; null for the workshop as a whole. */
  turnId: string | null;
}

/**
 * What `PUT /desks/:namespace/:name/actions/:id` takes: the action as it
 * now stands.
 *
 * @public
 */
export interface ReadinessActionUpdate
  extends Omit<ReadinessActionInput, 'turnId'> {
  status: ReadinessActionStatus;
}

/** An action agreed in a workshop. @public */
export interface ReadinessAction extends ReadinessActionInput {
  id: string;
  teamRef: string;
  workshopId: string;
  status: ReadinessActionStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** When it was marked done or dropped; null while open. */
  closedAt: string | null;
}

/** Filters of `GET /desks/:namespace/:name/actions`. @public */
export interface ReadinessActionFilter {
  /** Comma-separated on the wire; all statuses when absent. */
  status?: ReadinessActionStatus[];
}

/**
 * What `GET /desks/:namespace/:name/workshops/:id` answers: the whole
 * record, for the room's screen and the retrospective.
 *
 * @public
 */
export interface WorkshopRecord {
  workshop: Workshop;
  /** In the order they were drawn. */
  turns: WorkshopTurn[];
  /** The scenarios drawn in the workshop, facilitator's notes included. */
  scenarios: Scenario[];
  /** In the order they were written. */
  notes: WorkshopNote[];
  actions: ReadinessAction[];
}
