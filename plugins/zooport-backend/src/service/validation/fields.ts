import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';
import { z } from 'zod';

// parseInput and the field schemas the desk, request and knowledge
// schemas share.

/**
 * Parses `value` with `schema`, or throws a 400 naming every bad field,
 * e.g. "rotation.handoff.time: must be a time of day, HH:mm".
 */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(issue => {
      const field = issue.path.map(String).join('.');
      return field ? `${field}: ${issue.message}` : issue.message;
    });
    throw new InputError(problems.join('; '));
  }
  return result.data;
}

/**
 * Options for a rule over several fields (`refine` on an object or a list):
 * it runs only once every field has parsed. By default zod runs it after any
 * field issue that does not abort (a failed `max` or `refine`), and then it
 * sees what was sent instead of what the fields make of it, e.g. a string
 * where an instant's `DateTime` should be.
 */
export const afterFields = {
  when: (payload: { issues: readonly unknown[] }) =>
    payload.issues.length === 0,
};

/**
 * C0 control characters other than tab, line feed and carriage return.
 * PostgreSQL refuses NUL in text ("invalid byte sequence for encoding
 * UTF8: 0x00") where SQLite stores it, and none of the others belongs in
 * anything a person types, so every string the API takes refuses them all.
 */
// eslint-disable-next-line no-control-regex -- matching them is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** True when `value` holds a character {@link plain} strings refuse. */
export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}

/**
 * A string of at most `max` characters without control characters (tab and
 * line breaks allowed): the base of every string field the API takes.
 */
export const plain = (max: number) =>
  z
    .string()
    .max(max)
    .refine(value => !hasControlCharacters(value), {
      message: 'must not contain control characters',
    });

/**
 * The longest entity ref (user, group or other) the API takes, completed:
 * the columns that hold refs are `varchar(255)`.
 */
export const MAX_REF_LENGTH = 255;

/** `ref` completed, or an issue when it outgrows the columns that hold refs. */
function fitting(ref: string, ctx: z.RefinementCtx): string {
  if (ref.length > MAX_REF_LENGTH) {
    ctx.addIssue({
      code: 'custom',
      message: `must be at most ${MAX_REF_LENGTH} characters as kind:namespace/name`,
    });
    return z.NEVER;
  }
  return ref;
}

/** A user entity ref, completed to `user:default/name`. */
export const userRef = plain(MAX_REF_LENGTH).transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'user') {
      ctx.addIssue({ code: 'custom', message: `${value} is not a user` });
      return z.NEVER;
    }
    return fitting(stringifyEntityRef(ref), ctx);
  } catch {
    ctx.addIssue({ code: 'custom', message: `${value} is not an entity ref` });
    return z.NEVER;
  }
});

/** Any catalog entity ref, completed to `kind:namespace/name`. */
export const entityRef = plain(MAX_REF_LENGTH).transform((value, ctx) => {
  try {
    return fitting(
      stringifyEntityRef(
        parseEntityRef(value, { defaultNamespace: 'default' }),
      ),
      ctx,
    );
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `${value} is not an entity ref (kind:namespace/name)`,
    });
    return z.NEVER;
  }
});

/** A team's entity ref; a bare name means `group:default/name`. */
export const teamRef = plain(MAX_REF_LENGTH).transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') === 'group') {
      return fitting(stringifyEntityRef(ref), ctx);
    }
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `${value} is not a group ref` });
  return z.NEVER;
});

/** Non-empty trimmed text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(value => !hasControlCharacters(value), {
      message: 'must not contain control characters',
    });
/** An http(s) address; other schemes (javascript:, ftp:) are refused. */
export const url = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(2000)
  .refine(value => !hasControlCharacters(value), {
    message: 'must not contain control characters',
  });

/**
 * The years an instant or a date may fall in. Outside them the shift maths
 * breaks down (luxon's range ends in year 275760), and inside them an
 * instant stored as UTC ISO text has four-digit years, so text order is time
 * order (see `toStoredInstant`).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;
const yearMessage = `must fall in the years ${FIRST_YEAR}–${LAST_YEAR}`;

const inYears = (at: DateTime) =>
  at.toUTC().year >= FIRST_YEAR && at.toUTC().year <= LAST_YEAR;

/** An ISO 8601 date-time with an offset, kept in that offset. */
export const instant = plain(64).transform((value, ctx) => {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid || !/[T ]\d{2}:\d{2}/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an ISO 8601 date-time with offset',
    });
    return z.NEVER;
  }
  if (!inYears(parsed)) {
    ctx.addIssue({ code: 'custom', message: yearMessage });
    return z.NEVER;
  }
  return parsed;
});

/** A calendar date, YYYY-MM-DD, in the years instants may fall in. */
export const isoDate = z
  .string()
  .refine(
    value =>
      /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
    { message: 'must be a date, YYYY-MM-DD', abort: true },
  )
  .refine(value => inYears(DateTime.fromISO(value, { zone: 'utc' })), {
    message: yearMessage,
  });
