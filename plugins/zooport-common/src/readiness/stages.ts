/**
 * Onboarding on a desk's rotation: each person moves through the
 * readiness stages, from observing shifts to supporting alone.
 */

/**
 * The stages in order. A person the desk never staged counts as `ready`,
 * so desks staffed before stages existed keep working.
 *
 * @public
 */
export const readinessStages = [
  'observer',
  'shadow',
  'reverse-shadow',
  'ready',
] as const;

/** @public */
export type ReadinessStage = (typeof readinessStages)[number];

/**
 * What `PUT /desks/:namespace/:name/readiness/people/:namespace/:name`
 * takes: the person's new stage.
 *
 * @public
 */
export interface StageInput {
  stage: ReadinessStage;
}

/** One change of a person's stage. @public */
export interface StageChange {
  stage: ReadinessStage;
  changedBy: string;
  /** ISO 8601 instant. */
  changedAt: string;
}

/**
 * A person's stage at a desk. `since` and `changedBy` are null for a
 * person never staged (`staged` false), who counts as ready.
 *
 * @public
 */
export interface PersonReadiness {
  userRef: string;
  stage: ReadinessStage;
  staged: boolean;
  since: string | null;
  changedBy: string | null;
}

/**
 * What `GET /desks/:namespace/:name/readiness/people/:namespace/:name/history`
 * answers: the person's stage changes, oldest first.
 *
 * @public
 */
export interface StageHistory {
  teamRef: string;
  userRef: string;
  changes: StageChange[];
}

/**
 * A rotation's warning about a person not ready:
 *
 * - `alone`: on duty with nobody else from the rotation or an override;
 * - `primary`: primary while an observer or a shadow, or while a reverse
 *   shadow with nobody ready on duty alongside;
 * - `no-observer-week`: an observer (a newcomer) on duty before they
 *   observed a week: their first shift starts less than a week after they
 *   became an observer, or they are not among the rotation's observers.
 *
 * @public
 */
export type ReadinessWarningKind = 'alone' | 'primary' | 'no-observer-week';

/** One warning, for one person and one shift. @public */
export interface ReadinessWarning {
  kind: ReadinessWarningKind;
  userRef: string;
  stage: ReadinessStage;
  shiftIndex: number;
  /** ISO 8601 instant: the start of the shift. */
  shiftStart: string;
}

/** A playbook to read before supporting. @public */
export interface ReadingItem {
  id: string;
  title: string;
}

/**
 * What `GET /desks/:namespace/:name/readiness` answers: the stage of each
 * person of the team and the rotation, the warnings about the next shifts
 * of the saved rotation, and the desk's playbooks, to read first.
 *
 * @public
 */
export interface DeskReadiness {
  teamRef: string;
  people: PersonReadiness[];
  warnings: ReadinessWarning[];
  playbooks: ReadingItem[];
}

/**
 * What `GET /me/readiness` answers: the signed-in person's stage at each
 * desk that staged them, not ready yet, with the desk's playbooks.
 *
 * @public
 */
export interface MyReadiness {
  userRef: string;
  desks: {
    teamRef: string;
    stage: ReadinessStage;
    since: string;
    playbooks: ReadingItem[];
  }[];
}
