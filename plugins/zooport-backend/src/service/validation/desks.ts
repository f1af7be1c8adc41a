import {
  DeskWrite,
  SLACK_USER_GROUP_ID_PATTERN,
  DeskScheduleQuery,
  isTimeOfDay,
  isValidTimeZone,
  IsoWeekday,
  OnDutyQuery,
  OverrideInput,
  RotationPreviewInput,
  RotationSpec,
  spelledTimeZone,
  WebhookInput,
  webhookFormats,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  afterFields,
  instant,
  isoDate,
  plain,
  text,
  url,
  userRef,
} from './fields';
import { wireBody, wireQuery } from './wire';
import { jiraProjectSchema } from '../../jira/jiraProjectSchema';

const timeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'must be an IANA time zone' })
  .transform(spelledTimeZone);

const timeOfDay = z
  .string()
  .refine(isTimeOfDay, { message: 'must be a time of day, HH:mm' });

const weekday = z
  .number()
  .int()
  .min(1)
  .max(7)
  .transform(day => day as IsoWeekday);

const supportHours = z
  .object({
    timeZone,
    weekly: z
      .array(
        z
          .object({ day: weekday, start: timeOfDay, end: timeOfDay })
          .refine(range => range.start < range.end, {
            ...afterFields,
            message: 'start must be before end',
          }),
      )
      .max(50),
    holidays: z.array(isoDate).max(400).default([]),
    supportDays: z.array(weekday).max(7).optional(),
  })
  .strict();

const enabled = z.boolean().optional();

/** Something sent once a week: its weekday and time on the desk's wall clock. */
const weeklySettings = z
  .object({
    weekday: weekday.optional(),
    time: timeOfDay.optional(),
    enabled,
  })
  .strict()
  .optional();

/**
 * When the daily digest, the weekly report and the planning reminder go
 * out; defaults when absent.
 */
const digests = z
  .object({
    daily: z
      .object({ time: timeOfDay.optional(), enabled })
      .strict()
      .optional(),
    weekly: weeklySettings,
    planning: weeklySettings,
  })
  .strict();

/** A rotation as `PUT /desks/…` takes it. */
export const rotationSchema = wireBody<RotationSpec>()(
  z
    .object({
      timeZone,
      handoff: z.object({ day: weekday, time: timeOfDay }).strict(),
      shiftLength: z
        .object({
          unit: z.enum(['day', 'week']),
          count: z.number().int().min(1).max(52),
        })
        .strict(),
      membersPerShift: z.number().int().min(1).max(5),
      participants: z
        .array(
          z
            .object({
              userRef,
              capabilities: z.array(text(100)).max(20).default([]),
            })
            .strict(),
        )
        .max(200)
        .refine(
          list => new Set(list.map(p => p.userRef)).size === list.length,
          {
            ...afterFields,
            message: 'must not list anyone twice',
          },
        ),
      start: isoDate,
      fallback: userRef.nullable().default(null),
      observers: z.array(userRef).max(50).default([]),
      requiredCapabilities: z.array(text(100)).max(20).default([]),
      /** Sent back as read; the backend keeps its own. */
      anchor: z.unknown().optional(),
    })
    .strict()
    .transform(({ anchor: _anchor, ...written }) => written)
    .refine(
      spec =>
        spec.shiftLength.unit === 'day' ||
        DateTime.fromISO(spec.start).weekday === spec.handoff.day,
      {
        ...afterFields,
        message: 'must fall on the handoff day for weekly shifts',
        path: ['start'],
      },
    ),
);

/** The body of `PUT /desks/:namespace/:name`. */
export const deskInputSchema = wireBody<DeskWrite>()(
  z
    .object({
      animal: z
        .object({
          name: text(60),
          emoji: plain(16).optional(),
          colour: z
            .string()
            .regex(/^#[0-9a-fA-F]{6}$/, {
              message: 'must be a colour, #rrggbb',
            })
            .optional(),
        })
        .strict(),
      helpsWith: plain(280).optional(),
      topics: z.array(text(60)).max(50).default([]),
      channels: z
        .array(z.object({ name: text(100), url: url.optional() }).strict())
        .max(20)
        .default([]),
      links: z
        .array(z.object({ title: text(100), url }).strict())
        .max(50)
        .default([]),
      hours: supportHours,
      rotation: rotationSchema.nullable().default(null),
      digests: digests.optional(),
      slackUserGroup: z
        .object({
          id: z.string().regex(SLACK_USER_GROUP_ID_PATTERN, {
            message: 'must be a Slack user group id, e.g. S0614TZR7',
          }),
          handle: z
            .string()
            .regex(/^@?[a-z0-9][a-z0-9._-]{0,79}$/, {
              message:
                'must be a Slack handle: lower-case letters, digits, . _ -',
            })
            .transform(handle => handle.replace(/^@/, ''))
            .optional(),
        })
        .strict()
        .optional(),
      jiraProject: jiraProjectSchema.nullable().optional(),
      // What `GET` adds to a desk: a desk as read can be written back.
      teamRef: z.string().optional(),
      revision: z.number().optional(),
      updatedBy: z.string().nullable().optional(),
      updatedAt: z.string().nullable().optional(),
      upcomingViolations: z.array(z.unknown()).optional(),
      slack: z.unknown().optional(),
      jira: z.unknown().optional(),
    })
    .strict()
    .transform(
      ({
        teamRef: _teamRef,
        revision: _revision,
        updatedBy: _updatedBy,
        updatedAt: _updatedAt,
        upcomingViolations: _upcomingViolations,
        slack: _slack,
        jira: _jira,
        ...input
      }) => input,
    ),
);

/** The body of `POST /desks/:namespace/:name/overrides`. */
export const overrideInputSchema = wireBody<OverrideInput>()(
  z
    .object({
      kind: z.enum(['replace', 'add', 'remove']),
      userRef,
      replacementRef: userRef.nullable().optional(),
      start: instant,
      end: instant,
      reason: plain(500).nullable().optional(),
    })
    .strict()
    .refine(o => o.end > o.start, {
      ...afterFields,
      message: 'must be after start',
      path: ['end'],
    })
    .refine(o => o.kind !== 'replace' || Boolean(o.replacementRef), {
      ...afterFields,
      message: 'is required to replace someone',
      path: ['replacementRef'],
    }),
);

/** `?at=` on the on-duty routes; now when absent. */
export const atQuerySchema = wireQuery<OnDutyQuery>()(
  z.object({ at: instant.optional() }),
);

/** The longest range one schedule request may cover. */
export const MAX_SCHEDULE_DAYS = 366;

export const rangeQuerySchema = wireQuery<DeskScheduleQuery>()(
  z
    .object({ from: instant.optional(), to: instant.optional() })
    .refine(q => !q.from || !q.to || q.to > q.from, {
      ...afterFields,
      message: 'must be after from',
      path: ['to'],
    })
    .refine(
      q =>
        !q.from || !q.to || q.to.diff(q.from, 'days').days <= MAX_SCHEDULE_DAYS,
      {
        ...afterFields,
        message: `must be at most ${MAX_SCHEDULE_DAYS} days after from`,
        path: ['to'],
      },
    ),
);

/** The body of `POST /desks/:namespace/:name/rotation-preview`. */
export const rotationPreviewSchema = wireBody<RotationPreviewInput>()(
  z
    .object({
      rotation: rotationSchema,
      shifts: z.number().int().min(1).max(52).default(8),
    })
    .strict(),
);

/** The body of `PUT /desks/:namespace/:name/webhook`; `null` removes it. */
export const webhookInputSchema = wireBody<WebhookInput>()(
  z
    .object({ url: url.nullable(), format: z.enum(webhookFormats).optional() })
    .strict(),
);
