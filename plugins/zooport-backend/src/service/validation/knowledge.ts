import {
  EntryFeedbackInput,
  EntryFilter,
  EntryInput,
  EntrySearchQuery,
  SuggestQuery,
} from '@zooport/plugin-zooport-common';
import { z } from 'zod';
import { afterFields, entityRef, plain, teamRef, text, url } from './fields';
import { wireBody, wireQuery } from './wire';

/** The longest answer, or playbook description or step, in characters. */
export const MAX_ENTRY_MARKDOWN = 200_000;

const markdown = plain(MAX_ENTRY_MARKDOWN);

/** The body of `POST /desks/:namespace/:name/entries` and `PUT /entries/:id`. */
export const entryInputSchema = wireBody<EntryInput>()(
  z
    .object({
      kind: z.enum(['faq', 'playbook']),
      title: text(300),
      body: markdown.default(''),
      steps: z
        .array(
          z.object({ title: text(300), body: markdown.default('') }).strict(),
        )
        .max(100)
        .default([]),
      links: z
        .array(z.object({ title: text(200), url }).strict())
        .max(50)
        .default([]),
      severityHints: z.array(text(300)).max(20).default([]),
      tags: z.array(text(60)).max(30).default([]),
      requestTypeIds: z.array(text(64)).max(30).default([]),
      entityRefs: z.array(entityRef).max(50).default([]),
      reviewEveryDays: z
        .number()
        .int()
        .min(1)
        .max(3650)
        .nullable()
        .default(null),
    })
    .strict()
    .refine(e => e.kind !== 'faq' || e.body.trim().length > 0, {
      ...afterFields,
      message: 'an FAQ entry needs an answer',
      path: ['body'],
    })
    .refine(e => e.kind !== 'playbook' || e.steps.length > 0, {
      ...afterFields,
      message: 'a playbook needs at least one step',
      path: ['steps'],
    }),
);

const desks = z
  .union([teamRef, z.array(teamRef)])
  .transform(v => (Array.isArray(v) ? v : [v]))
  .optional();

export const entryListQuerySchema = wireQuery<EntryFilter>()(
  z
    .object({
      desk: desks,
      kind: z.enum(['faq', 'playbook']).optional(),
      tag: plain(60).optional(),
      stale: z
        .enum(['true', 'false'])
        .transform(v => v === 'true')
        .optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: plain(1000).optional(),
    })
    .strict(),
);

export const entrySearchQuerySchema = wireQuery<EntrySearchQuery>()(
  z
    .object({
      q: text(200),
      desk: desks,
      kind: z.enum(['faq', 'playbook']).optional(),
      limit: z.coerce.number().int().min(1).max(50).default(20),
    })
    .strict(),
);

export const suggestQuerySchema = wireQuery<SuggestQuery>()(
  z
    .object({
      q: plain(500).default(''),
      entityRef: entityRef.optional(),
    })
    .strict(),
);

export const feedbackInputSchema = wireBody<EntryFeedbackInput>()(
  z.object({ helped: z.boolean() }).strict(),
);
