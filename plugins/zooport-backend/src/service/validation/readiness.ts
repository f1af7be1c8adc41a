import {
  readinessActionStatuses,
  ReadinessActionFilter,
  ReadinessActionInput,
  ReadinessActionUpdate,
  scenarioDifficulties,
  ScenarioDraftInput,
  ScenarioInput,
  TurnDrawInput,
  TurnStepsInput,
  WorkshopCadence,
  WorkshopInput,
  workshopNoteColumns,
  WorkshopNoteInput,
} from '@zooport/plugin-zooport-common';
import { z } from 'zod';
import { toStoredInstant } from '../../database/util';
import { instant, isoDate, plain, text, url, userRef } from './fields';
import { list } from './requests';
import { wireBody, wireQuery } from './wire';

/** The longest opening, evidence, facilitator's notes or steps, in characters. */
export const MAX_SCENARIO_MARKDOWN = 100_000;

const markdown = plain(MAX_SCENARIO_MARKDOWN);

/** An id this API gave out (a UUID). */
const id = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'must be an id of this API',
  });

/** The body of `POST …/scenarios` and `PUT …/scenarios/:id`. */
export const scenarioInputSchema = wireBody<ScenarioInput>()(
  z
    .object({
      title: text(300),
      opening: markdown.default(''),
      evidence: markdown.default(''),
      links: z
        .array(z.object({ title: text(200), url }).strict())
        .max(50)
        .default([]),
      playbookIds: z.array(id).max(20).default([]),
      difficulty: z.enum(scenarioDifficulties).default('medium'),
      facilitatorNotes: markdown.default(''),
      draft: z.boolean().default(false),
    })
    .strict(),
);

export const scenarioDraftInputSchema = wireBody<ScenarioDraftInput>()(
  z.object({ requestId: id }).strict(),
);

/** The longest workshop: a working day. */
const MAX_WORKSHOP_MINUTES = 480;

export const workshopInputSchema = wireBody<WorkshopInput>()(
  z
    .object({
      startsAt: instant.transform(toStoredInstant),
      durationMinutes: z.number().int().min(15).max(MAX_WORKSHOP_MINUTES),
      facilitatorRef: userRef,
      participantRefs: z
        .array(userRef)
        .min(1)
        .max(50)
        .transform(refs => [...new Set(refs)]),
    })
    .strict(),
);

export const turnDrawInputSchema = wireBody<TurnDrawInput>()(
  z.object({ participantRef: userRef }).strict(),
);

export const turnStepsInputSchema = wireBody<TurnStepsInput>()(
  z.object({ steps: markdown }).strict(),
);

export const workshopNoteInputSchema = wireBody<WorkshopNoteInput>()(
  z
    .object({
      turnId: id.nullable().default(null),
      column: z.enum(workshopNoteColumns),
      text: text(2000),
      link: z
        .object({ kind: z.enum(['scenario', 'playbook']), id })
        .strict()
        .nullable()
        .default(null),
    })
    .strict(),
);

const actionLink = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.enum(['entry', 'request']),
      target: id,
      label: text(200),
    })
    .strict(),
  z.object({ kind: z.literal('url'), target: url, label: text(200) }).strict(),
]);

const actionFields = {
  title: text(300),
  ownerRef: userRef,
  dueOn: isoDate,
  link: actionLink.nullable().default(null),
};

export const readinessActionInputSchema = wireBody<ReadinessActionInput>()(
  z.object({ ...actionFields, turnId: id.nullable().default(null) }).strict(),
);

export const readinessActionUpdateSchema = wireBody<ReadinessActionUpdate>()(
  z
    .object({ ...actionFields, status: z.enum(readinessActionStatuses) })
    .strict(),
);

export const readinessActionFilterSchema = wireQuery<ReadinessActionFilter>()(
  z
    .object({
      status: list(readinessActionStatuses).optional(),
    })
    .strict(),
);

export const workshopCadenceSchema = wireBody<WorkshopCadence>()(
  z
    .object({
      every: z.number().int().min(1).max(12),
      unit: z.enum(['weeks', 'months']),
    })
    .strict(),
);
