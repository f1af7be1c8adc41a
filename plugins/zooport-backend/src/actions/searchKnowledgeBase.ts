import {
  HighlightPart,
  zooportDeskReadPermission,
  zooportEntryReadPermission,
} from '@zooport/plugin-zooport-common';
import { parseInput } from '../service/validation/fields';
import { entrySearchQuerySchema } from '../service/validation/knowledge';
import { deskNamed } from './deskNamed';
import { ZooportActionDeps } from './types';

const textOf = (parts: HighlightPart[]) => parts.map(p => p.text).join('');

/**
 * `search-knowledge-base`: FAQ entries and playbooks that answer a
 * question, as `GET /entries/search` finds them, with links to the portal.
 */
export function registerSearchKnowledgeBase(deps: ZooportActionDeps) {
  const { actionsRegistry, access, knowledge, links, now } = deps;
  actionsRegistry.register({
    name: 'search-knowledge-base',
    title: 'Search the support knowledge base',
    description: `Searches the FAQ entries and playbooks that Zooport's support desks write, best match first. Every word of the query must match (word beginnings count). Each entry comes with a link to read it in the portal; pass the link on rather than retelling a long answer.
Narrow to one desk by its team (group:default/platform-software or platform-software) or its animal (turtle).`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          query: z.string().min(1).max(200).describe('The words to search'),
          desk: z
            .string()
            .max(255)
            .optional()
            .describe('Only this desk: a team (group ref or name) or animal'),
          kind: z
            .enum(['faq', 'playbook'])
            .optional()
            .describe('Only FAQ entries, or only playbooks'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(50)
            .optional()
            .describe('How many entries at most; 20 when left out'),
        }),
      output: z =>
        z.object({
          entries: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              kind: z.enum(['faq', 'playbook']),
              teamRef: z.string().describe('The desk that owns the entry'),
              tags: z.array(z.string()),
              stale: z
                .boolean()
                .describe('Not reviewed for longer than its desk wants'),
              updatedAt: z.string(),
              excerpt: z.string().describe('Where the words were found'),
              link: z.string().describe('The entry in the portal'),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const query = parseInput(entrySearchQuerySchema, {
        q: input.query,
        kind: input.kind,
        limit: input.limit,
      });
      await access.require(
        credentials,
        zooportEntryReadPermission,
        'the knowledge base',
      );
      let teamRefs: string[] | undefined;
      if (input.desk) {
        // Finding a desk by its animal reads the desks, as GET /desks does.
        await access.require(
          credentials,
          zooportDeskReadPermission,
          'support desks',
        );
        const { desk } = await deskNamed(input.desk, { ...deps, credentials });
        teamRefs = [desk.teamRef];
      }
      const hits = await knowledge.search(
        { text: query.q, teamRefs, kind: query.kind, limit: query.limit },
        now(),
      );
      return {
        output: {
          entries: hits.map(({ entry, highlights }) => ({
            ...entry,
            excerpt: textOf(highlights.body),
            link: links.entry(entry.id),
          })),
        },
      };
    },
  });
}
