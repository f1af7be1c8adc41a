import {
  ApprovalInput,
  AssignmentInput,
  CommentInput,
  DeskFiguresQuery,
  EscalationInput,
  impactLevels,
  requestActions,
  requestPriorities,
  requestStatuses,
  RequestFilter,
  RequestInput,
  RequestTypeUpdate,
  resolutionCategories,
  ResolutionInput,
  TransitionInput,
  urgencyLevels,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  afterFields,
  entityRef,
  instant,
  plain,
  teamRef,
  text,
  url,
  userRef,
} from './fields';
import { wireBody, wireQuery } from './wire';
import { jiraProjectSchema } from '../../jira/jiraProjectSchema';

/** The longest markdown a description, comment or note may be. */
export const MAX_MARKDOWN_LENGTH = 50_000;
const MAX_SLA_MINUTES = 60 * 24 * 365;

const markdown = plain(MAX_MARKDOWN_LENGTH);

const minutes = z.number().int().min(1).max(MAX_SLA_MINUTES);

const slaTarget = z
  .object({
    firstResponseMinutes: minutes,
    resolutionMinutes: minutes,
    clock: z.enum(['business', 'always']).default('business'),
  })
  .strict()
  .refine(t => t.resolutionMinutes >= t.firstResponseMinutes, {
    ...afterFields,
    message: 'must not be shorter than firstResponseMinutes',
    path: ['resolutionMinutes'],
  });

const fieldKey = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, {
  message: 'must be a short identifier, e.g. database_name',
});

// A parsed JSON body holds `__proto__` as an ordinary key, which the record
// schema would drop without a word: refused like any other bad key.
const requestFields = z
  .custom<unknown>(
    value =>
      !(
        value &&
        typeof value === 'object' &&
        Object.hasOwn(value, '__proto__')
      ),
    { message: '__proto__ is not a field key' },
  )
  .pipe(z.record(fieldKey, plain(2000)));

const requestTypeField = z
  .object({
    key: fieldKey,
    label: text(100),
    kind: z.enum(['text', 'select', 'entity']),
    required: z.boolean().default(false),
    options: z.array(text(100)).max(50).optional(),
    entityKinds: z.array(text(60)).max(10).optional(),
  })
  .strict()
  .refine(f => f.kind !== 'select' || (f.options?.length ?? 0) > 0, {
    ...afterFields,
    message: 'a select needs at least one option',
    path: ['options'],
  });

/** The body of `POST`/`PUT …/request-types`. */
export const requestTypeInputSchema = wireBody<RequestTypeUpdate>()(
  z
    .object({
      name: text(100),
      description: plain(2000).default(''),
      fields: z
        .array(requestTypeField)
        .max(20)
        .default([])
        .refine(list => new Set(list.map(f => f.key)).size === list.length, {
          ...afterFields,
          message: 'field keys must differ',
        }),
      defaultPriority: z.enum(requestPriorities).default('medium'),
      sla: z
        .object({
          urgent: slaTarget,
          high: slaTarget,
          medium: slaTarget,
          low: slaTarget,
        })
        .strict(),
      approvers: z.array(userRef).max(20).default([]),
      entryIds: z.array(text(64)).max(20).default([]),
      jiraProject: jiraProjectSchema.nullable().optional(),
      archived: z.boolean().optional(),
    })
    .strict(),
);

/** The body of `POST /requests`. */
export const requestInputSchema = wireBody<RequestInput>()(
  z
    .object({
      teamRef,
      typeId: text(64),
      title: text(200),
      description: markdown.default(''),
      impact: z.enum(impactLevels).optional(),
      urgency: z.enum(urgencyLevels).optional(),
      fields: requestFields.default({}),
      entityRef: entityRef.nullable().optional(),
      idempotencyKey: z
        .string()
        .regex(/^[\w.:-]{8,128}$/, {
          message: 'must be 8–128 letters, digits or ._:-',
        })
        .optional(),
    })
    .strict()
    .refine(r => (r.impact === undefined) === (r.urgency === undefined), {
      ...afterFields,
      message: 'give impact and urgency together, or neither',
      path: ['urgency'],
    }),
);

/** A request as filed, with the defaults the schema fills in. */
export type NewRequest = z.output<typeof requestInputSchema>;

const resolution = wireBody<ResolutionInput>()(
  z
    .object({
      category: z.enum(resolutionCategories),
      note: markdown.nullable().optional(),
      url: url.nullable().optional(),
      entryId: text(64).nullable().optional(),
      redirectTo: z
        .object({ teamRef, typeId: text(64).optional() })
        .strict()
        .nullable()
        .optional(),
      duplicateOf: text(64).nullable().optional(),
      minutesSpent: z.number().int().min(0).max(100_000).default(0),
    })
    .strict()
    // A bug ticket's URL is checked by the service: a desk linked to Jira
    // files the issue when it is left out.
    .refine(r => r.category !== 'faq_entry' || Boolean(r.entryId), {
      ...afterFields,
      message: 'is required for faq_entry',
      path: ['entryId'],
    })
    .refine(r => r.category !== 'redirected' || Boolean(r.redirectTo), {
      ...afterFields,
      message: 'is required for redirected: the desk to send it to',
      path: ['redirectTo'],
    })
    .refine(r => r.category !== 'duplicate' || Boolean(r.duplicateOf), {
      ...afterFields,
      message: 'is required for duplicate: the original request',
      path: ['duplicateOf'],
    }),
);

/**
 * A resolution as submitted, with the defaults the schema fills in, before
 * redirects and duplicates are followed.
 */
export type SubmittedResolution = z.output<typeof resolution>;

/** The body of `POST /requests/:id/transitions`. */
export const transitionInputSchema = wireBody<TransitionInput>()(
  z
    .object({
      action: z.enum(requestActions),
      resolution: resolution.optional(),
      note: markdown.optional(),
    })
    .strict()
    .refine(t => t.action !== 'resolve' || Boolean(t.resolution), {
      ...afterFields,
      message: 'is required to resolve a request',
      path: ['resolution'],
    }),
);

/** An action on a request as submitted, with the schema's defaults. */
export type SubmittedTransition = z.output<typeof transitionInputSchema>;

/** The body of `POST /requests/:id/comments`. */
export const commentInputSchema = wireBody<CommentInput>()(
  z
    .object({
      body: markdown.refine(b => b.trim().length > 0, {
        message: 'must not be empty',
      }),
      internal: z.boolean().default(false),
    })
    .strict(),
);

/** The body of `POST /requests/:id/escalate`. */
export const escalationInputSchema = wireBody<EscalationInput>()(
  z.object({ reason: markdown.optional() }).strict(),
);

/** The body of `PUT /requests/:id/assignee`. */
export const assignmentInputSchema = wireBody<AssignmentInput>()(
  z.object({ assigneeRef: userRef.nullable() }).strict(),
);

/** The body of `POST /requests/:id/approval`. */
export const approvalInputSchema = wireBody<ApprovalInput>()(
  z
    .object({
      decision: z.enum(['approved', 'rejected']),
      note: markdown.optional(),
    })
    .strict(),
);

/** The most request types one listing may name. */
const MAX_LISTED_TYPES = 50;

/** True unless both ends are given and `from` lies after `to`. */
const startsInOrder = (from?: DateTime, to?: DateTime) =>
  !from || !to || from <= to;

/** A comma-separated list of `values` in a query, at least one. */
export const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform(value => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

/** The query of `GET /requests`. */
export const requestListQuerySchema = wireQuery<RequestFilter>()(
  z
    .object({
      desk: z
        .union([teamRef, z.array(teamRef)])
        .transform(v => (Array.isArray(v) ? v : [v]))
        .optional(),
      assignee: z.union([z.literal('me'), userRef]).optional(),
      requester: z.union([z.literal('me'), userRef]).optional(),
      status: z.union([z.literal('open'), list(requestStatuses)]).optional(),
      priority: list(requestPriorities).optional(),
      breached: z
        .enum(['true', 'false'])
        .transform(v => v === 'true')
        .optional(),
      text: plain(200).optional(),
      filedFrom: instant.optional(),
      filedTo: instant.optional(),
      resolvedFrom: instant.optional(),
      resolvedTo: instant.optional(),
      type: z
        .string()
        .transform(value => value.split(',').filter(Boolean))
        .pipe(z.array(text(64)).min(1).max(MAX_LISTED_TYPES))
        .optional(),
      category: list(resolutionCategories).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(25),
      cursor: plain(500).optional(),
    })
    .strict()
    .refine(q => startsInOrder(q.filedFrom, q.filedTo), {
      ...afterFields,
      message: 'must not be before filedFrom',
      path: ['filedTo'],
    })
    .refine(q => startsInOrder(q.resolvedFrom, q.resolvedTo), {
      ...afterFields,
      message: 'must not be before resolvedFrom',
      path: ['resolvedTo'],
    }),
);

/** The query of `GET /desks/:namespace/:name/figures`. */
export const figuresQuerySchema = wireQuery<DeskFiguresQuery>()(
  z
    .object({ days: z.coerce.number().int().min(1).max(366).default(30) })
    .strict(),
);
