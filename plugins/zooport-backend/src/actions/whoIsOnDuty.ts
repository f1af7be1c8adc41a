import { zooportDeskReadPermission } from '@zooport/plugin-zooport-common';
import { atQuerySchema } from '../service/validation/desks';
import { parseInput } from '../service/validation/fields';
import { deskNamed } from './deskNamed';
import { ZooportActionDeps } from './types';

/**
 * `who-is-on-duty`: the people on duty at a desk, their roles and until
 * when, as `GET /desks/:namespace/:name/on-duty` answers it.
 */
export function registerWhoIsOnDuty(deps: ZooportActionDeps) {
  const { actionsRegistry, access, desks, teams, now } = deps;
  actionsRegistry.register({
    name: 'who-is-on-duty',
    title: 'Who is on duty',
    description: `Tells who is on duty at a Zooport support desk right now (or at another instant): the people, their role (primary, secondary or fallback), whether an override put them there, and until when the shift runs; also who observes and who comes next.
Name the desk by its team (a group ref such as group:default/platform-software, or just platform-software), by its animal (turtle, "German shepherd"), or by any catalog entity its team owns (component:default/vault): then the owner's desk answers.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          who: z
            .string()
            .min(1)
            .max(255)
            .describe(
              'A team (group ref or name), a desk animal, or an entity ref whose owning team has a desk',
            ),
          at: z
            .string()
            .optional()
            .describe(
              'An ISO 8601 date-time with offset; who is on duty then. Defaults to now.',
            ),
        }),
      output: z => {
        const person = z.object({
          userRef: z.string(),
          name: z.string().describe('Display name from the catalog'),
        });
        const onDuty = person.extend({
          role: z.enum(['primary', 'secondary', 'fallback']),
          source: z
            .enum(['rotation', 'override'])
            .describe('override: someone stands in for the rotation'),
        });
        return z.object({
          teamRef: z.string().describe('The team whose desk answered'),
          animal: z.object({ name: z.string(), emoji: z.string().optional() }),
          ownedEntityRef: z
            .string()
            .optional()
            .describe('The entity asked about, when its owner answered'),
          at: z.string(),
          until: z
            .string()
            .nullable()
            .describe('When the current shift ends; null when none runs'),
          onDuty: z.array(onDuty),
          observers: z.array(person),
          next: z
            .object({ start: z.string(), onDuty: z.array(onDuty) })
            .nullable()
            .describe('The next shift; null when the desk has no rotation'),
        });
      },
    },
    action: async ({ input, credentials }) => {
      const { at } = parseInput(atQuerySchema, { at: input.at });
      await access.require(
        credentials,
        zooportDeskReadPermission,
        'support desks',
      );
      const { desk, ownedEntityRef } = await deskNamed(input.who, {
        ...deps,
        credentials,
      });
      const instant = now();
      const duty = await desks.lookUpOnDuty(
        desk.teamRef,
        at ?? instant,
        instant,
      );
      const nameOf = await teams.displayNames([
        ...duty.onDuty.map(m => m.userRef),
        ...(duty.next?.onDuty ?? []).map(m => m.userRef),
        ...duty.observers,
      ]);
      const named = <T extends { userRef: string }>(member: T) => ({
        ...member,
        name: nameOf(member.userRef),
      });
      return {
        output: {
          teamRef: desk.teamRef,
          animal: { name: desk.animal.name, emoji: desk.animal.emoji },
          ownedEntityRef,
          at: duty.at,
          until: duty.shift?.end ?? null,
          onDuty: duty.onDuty.map(named),
          observers: duty.observers.map(userRef => named({ userRef })),
          next: duty.next && {
            start: duty.next.start,
            onDuty: duty.next.onDuty.map(named),
          },
        },
      };
    },
  });
}
