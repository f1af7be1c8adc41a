import { InputError } from '@backstage/errors';
import {
  impactLevels,
  RequestType,
  urgencyLevels,
  zooportDeskReadPermission,
  zooportRequestCreatePermission,
} from '@zooport/plugin-zooport-common';
import { parseInput } from '../service/validation/fields';
import { requestInputSchema } from '../service/validation/requests';
import { deskNamed } from './deskNamed';
import { requestOutput } from './requestOutput';
import { ZooportActionDeps } from './types';

/** The open type `type` names, by id or by name in any case. */
function typeNamed(types: RequestType[], type: string, teamRef: string) {
  const open = types.filter(t => !t.archived);
  const wanted = type.trim().toLocaleLowerCase('en');
  const named = open.find(
    t => t.id === type || t.name.toLocaleLowerCase('en') === wanted,
  );
  if (!named) {
    throw new InputError(
      `type: ${teamRef} has no request type ${type}; it takes ${open
        .map(t => t.name)
        .join(', ')}`,
    );
  }
  return named;
}

/**
 * `file-support-request`: files a request at a desk as the caller, as
 * `POST /requests` does, once per idempotency key.
 */
export function registerFileSupportRequest(deps: ZooportActionDeps) {
  const { actionsRegistry, access, requests, requestTypes, links, now } = deps;
  actionsRegistry.register({
    name: 'file-support-request',
    title: 'File a support request',
    description: `Files a support request at a Zooport desk in the name of the signed-in person; it goes at once to whoever is on duty there. Name the desk by its team, its animal, or an entity its team owns (as for who-is-on-duty). Search the knowledge base first: the answer may already be there.
Send an idempotencyKey that is new for each request you mean to file and the same when you retry: filing again with a key already used returns the first request (created: false) instead of filing a second one.
A request type's required fields go in "fields"; when it is refused for a missing field, the message names it.`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          desk: z
            .string()
            .min(1)
            .max(255)
            .describe(
              'A team (group ref or name), a desk animal, or an entity ref whose owning team has a desk',
            ),
          type: z
            .string()
            .max(100)
            .optional()
            .describe(
              "A request type of the desk, by name (e.g. Question, Access request, Bug report) or id; the desk's first open type when left out",
            ),
          title: z.string().describe('At most 200 characters'),
          description: z.string().optional().describe('Markdown'),
          impact: z
            .enum(impactLevels)
            .optional()
            .describe('Give impact and urgency together, or neither'),
          urgency: z.enum(urgencyLevels).optional(),
          fields: z
            .record(z.string())
            .optional()
            .describe("Values of the request type's own fields, by key"),
          entityRef: z
            .string()
            .optional()
            .describe('The catalog entity the request is about'),
          idempotencyKey: z
            .string()
            .describe('8–128 letters, digits or ._:-; the same on a retry'),
        }),
      output: z =>
        z.object({
          created: z
            .boolean()
            .describe('false: the key was used before; this is that request'),
          request: requestOutput(z),
        }),
    },
    action: async ({ input, credentials }) => {
      const requesterRef = await access.user(credentials);
      await access.require(
        credentials,
        zooportRequestCreatePermission,
        'support requests',
      );
      // Finding the desk and its types by name reads them, as GET does.
      await access.require(
        credentials,
        zooportDeskReadPermission,
        'support desks',
      );
      const { desk } = await deskNamed(input.desk, { ...deps, credentials });
      const typeId = input.type
        ? typeNamed(
            await requestTypes.listTypes(desk.teamRef, now()),
            input.type,
            desk.teamRef,
          ).id
        : (await requestTypes.defaultTypeOf(desk.teamRef, now())).id;
      const { desk: _desk, type: _type, ...given } = input;
      const filed = parseInput(requestInputSchema, {
        ...given,
        teamRef: desk.teamRef,
        typeId,
      });
      const { request, created } = await requests.create(
        filed,
        requesterRef,
        now(),
      );
      return {
        output: {
          created,
          request: { ...request, link: links.request(request.id) },
        },
      };
    },
  });
}
