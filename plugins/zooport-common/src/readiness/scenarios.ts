/**
 * A desk's scenario deck: incidents and hard questions to practise on in
 * workshops.
 */

import { EntryLink } from '../knowledge/types';

/** @public */
export const scenarioDifficulties = ['easy', 'medium', 'hard'] as const;

/** @public */
export type ScenarioDifficulty = (typeof scenarioDifficulties)[number];

/** How many scenarios a desk's deck aims for, per team member. @public */
export const SCENARIOS_PER_MEMBER = 2;

/**
 * What `POST /desks/:namespace/:name/scenarios` and
 * `PUT /desks/:namespace/:name/scenarios/:id` take.
 *
 * @public
 */
export interface ScenarioInput {
  title: string;
  /**
   * What happens, as the person on duty first hears of it: an alert, a
   * chat message, a tap on the shoulder. Markdown.
   */
  opening: string;
  /**
   * The evidence handed over when asked: pasted log lines, a chat
   * message, what the dashboards show. Markdown.
   */
  evidence: string;
  /** Dashboards and logs the evidence points to. */
  links: EntryLink[];
  /** Ids of the desk's knowledge entries of kind `playbook` that should help. */
  playbookIds: string[];
  difficulty: ScenarioDifficulty;
  /** For the facilitator: what a good investigation finds. Markdown. */
  facilitatorNotes: string;
  /** A draft is kept out of the draws until someone finishes it. */
  draft: boolean;
}

/** @public */
export interface Scenario extends ScenarioInput {
  id: string;
  teamRef: string;
  /** The resolved request the scenario was drafted from, if any. */
  sourceRequestId: string | null;
  authorRef: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** One saved version of a scenario. @public */
export interface ScenarioVersion {
  scenarioId: string;
  revision: number;
  authorRef: string;
  at: string;
  content: ScenarioInput;
}

/** What `GET /desks/:namespace/:name/scenarios` answers. @public */
export interface ScenarioDeck {
  /** By title; drafts included. */
  items: Scenario[];
  /** The scenarios that may be drawn: all but the drafts. */
  ready: number;
  /** The team's members in the catalog. */
  members: number;
  /** What the deck aims for: {@link SCENARIOS_PER_MEMBER} per member. */
  target: number;
}

/**
 * What `POST /desks/:namespace/:name/scenarios/from-request` takes: a
 * resolved (or closed) request of the desk, turned into a draft.
 *
 * @public
 */
export interface ScenarioDraftInput {
  requestId: string;
}

/** The deck's target for a team of `members`. @public */
export function scenarioTarget(members: number): number {
  return members * SCENARIOS_PER_MEMBER;
}
