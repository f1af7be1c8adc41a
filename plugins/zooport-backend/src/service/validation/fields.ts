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

/** A user entity ref, completed to `user:default/name`. */
export const userRef = z.string().transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'user',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'user') {
      ctx.addIssue({ code: 'custom', message: `${value} is not a user` });
      return z.NEVER;
    }
    return stringifyEntityRef(ref);
  } catch {
    ctx.addIssue({ code: 'custom', message: `${value} is not an entity ref` });
    return z.NEVER;
  }
});

/** Any catalog entity ref, completed to `kind:namespace/name`. */
export const entityRef = z.string().transform((value, ctx) => {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultNamespace: 'default' }),
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
export const teamRef = z.string().transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') === 'group') {
      return stringifyEntityRef(ref);
    }
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `${value} is not a group ref` });
  return z.NEVER;
});

/** Non-empty trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);
/** An http(s) address; other schemes (javascript:, ftp:) are refused. */
export const url = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(2000);

/** An ISO 8601 date-time with an offset, kept in that offset. */
export const instant = z.string().transform((value, ctx) => {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid || !/[T ]\d{2}:\d{2}/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an ISO 8601 date-time with offset',
    });
    return z.NEVER;
  }
  return parsed;
});
