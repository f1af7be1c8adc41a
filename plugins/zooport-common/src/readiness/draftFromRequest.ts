import { RequestEvent, SupportRequest } from '../requests/types';
import { ScenarioInput } from './scenarios';

/** Markdown quoted line by line. */
const quoted = (markdown: string) =>
  markdown
    .split('\n')
    .map(line => (line ? `> ${line}` : '>'))
    .join('\n');

/**
 * A draft scenario from a resolved request: its title; its description,
 * as the person on duty first read it, for the opening; its public
 * conversation (the comments the requester saw, never the desk's internal
 * notes) as the evidence; and how it was resolved as the facilitator's
 * notes. `nameOf` gives the people's display names.
 *
 * @public
 */
export function scenarioDraftFromRequest(
  request: Pick<
    SupportRequest,
    'title' | 'description' | 'requesterRef' | 'resolution'
  >,
  events: Pick<
    RequestEvent,
    'kind' | 'internal' | 'actorRef' | 'at' | 'body'
  >[],
  nameOf: (userRef: string) => string,
): ScenarioInput {
  const conversation = events
    .filter(event => event.kind === 'comment' && !event.internal && event.body)
    .map(
      event =>
        `**${nameOf(event.actorRef)}** (${event.at}):\n\n${quoted(
          event.body!,
        )}`,
    );
  const resolution = request.resolution;
  return {
    title: request.title,
    opening: `${nameOf(request.requesterRef)} asks:\n\n${quoted(
      request.description || request.title,
    )}`,
    evidence:
      conversation.length > 0
        ? `## Public conversation\n\n${conversation.join('\n\n')}`
        : '',
    links: resolution?.url
      ? [{ title: 'Resolution', url: resolution.url }]
      : [],
    playbookIds: [],
    difficulty: 'medium',
    facilitatorNotes: resolution
      ? [`Resolved as ${resolution.category}.`, resolution.note ?? '']
          .filter(Boolean)
          .join('\n\n')
      : '',
    draft: true,
  };
}
