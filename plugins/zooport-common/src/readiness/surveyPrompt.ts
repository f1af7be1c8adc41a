import { deskPath } from '../digests/links';

/**
 * The survey's question for a team, by its display name.
 *
 * @public
 */
export const surveyQuestion = (teamName: string) =>
  `On a scale of 1 to 10, how confident do you feel supporting ${teamName}?`;

/**
 * Where the survey is answered: the team's paw tab with the survey open.
 *
 * @public
 */
export const surveyPath = (teamRef: string) =>
  `${deskPath(teamRef)}?survey=answer`;
