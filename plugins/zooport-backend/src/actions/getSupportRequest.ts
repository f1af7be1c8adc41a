import { requestDetail } from '../service/requestDetail';
import { requestOutput } from './requestOutput';
import { ZooportActionDeps } from './types';

/**
 * `get-support-request`: one request as `GET /requests/:id` shows it to
 * the caller, with a link to it in the portal.
 */
export function registerGetSupportRequest(deps: ZooportActionDeps) {
  const { actionsRegistry, links, now } = deps;
  actionsRegistry.register({
    name: 'get-support-request',
    title: 'Get a support request',
    description: `Reads one Zooport support request by its id: title, desk, status, priority, who filed it and who works on it, its SLA clocks, its conversation and what the caller may do with it (may.update: work on it as the desk; may.participate: comment, close or reopen; may.approve). Internal notes are shown only to the desk. Includes a link to the request in the portal.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          id: z.string().uuid().describe('The request id, a UUID'),
        }),
      output: z =>
        requestOutput(z).extend({
          events: z
            .array(
              z.object({
                kind: z.string(),
                actorRef: z.string(),
                at: z.string(),
                body: z.string().nullable().describe('Markdown, for comments'),
                internal: z.boolean().describe('A note for the desk only'),
                details: z.unknown(),
              }),
            )
            .describe('The history and conversation, oldest first'),
          may: z.object({
            update: z.boolean(),
            participate: z.boolean(),
            approve: z.boolean(),
          }),
        }),
    },
    action: async ({ input, credentials }) => {
      const detail = await requestDetail(deps, credentials, input.id, now());
      return { output: { ...detail, link: links.request(detail.id) } };
    },
  });
}
