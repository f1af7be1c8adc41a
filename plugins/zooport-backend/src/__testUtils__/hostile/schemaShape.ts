import { z } from 'zod';

// Reads a zod schema's structure (zod 4 keeps it in `_zod.def`): what kind
// of value it takes, its limits, its fields. Wrappers that only widen what
// is taken (optional, nullable, default) and pipes (whose input side is what
// a client sends) are looked through.

export interface SchemaDef {
  type: string;
  [key: string]: any;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as any)._zod.def;

const wrappers = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
]);

/** The schema under its wrappers and pipes: the one that checks the value. */
export function innermost(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (wrappers.has(def.type)) {
    return innermost(def.innerType);
  }
  if (def.type === 'pipe') {
    return innermost(def.in);
  }
  if (def.type === 'lazy') {
    return innermost(def.getter());
  }
  return schema;
}

/** The kind of value a schema takes: string, number, object, array… */
export const kindOf = (schema: z.ZodType) => defOf(innermost(schema)).type;

/** The definition of the schema under its wrappers. */
export const defOfInnermost = (schema: z.ZodType) => defOf(innermost(schema));

/** True when a field of this schema may be left out of its object. */
export function mayBeLeftOut(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') {
    return true;
  }
  return def.type === 'pipe' ? mayBeLeftOut(def.in) : false;
}

/** True when the schema, under its optional and default wrappers, takes null. */
export function takesNull(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'nullable') {
    return true;
  }
  if (wrappers.has(def.type)) {
    return takesNull(def.innerType);
  }
  return def.type === 'pipe' ? takesNull(def.in) : false;
}

export interface Limits {
  min?: number;
  max?: number;
  /** Numbers: whole numbers only. */
  integer?: boolean;
  /** Strings: the pattern they must match. */
  pattern?: RegExp;
  /** Strings: a format such as `url`. */
  format?: string;
}

/** The length (strings, arrays) or value (numbers) limits of a schema. */
export function limitsOf(schema: z.ZodType): Limits {
  const def = defOfInnermost(schema);
  const limits: Limits = { format: def.format };
  for (const check of (def.checks ?? []).map(
    (c: z.ZodType) => (c as any)._zod.def,
  )) {
    if (check.check === 'max_length' || check.check === 'less_than') {
      limits.max = check.maximum ?? check.value;
    } else if (check.check === 'min_length' || check.check === 'greater_than') {
      limits.min = check.minimum ?? check.value;
    } else if (check.check === 'number_format') {
      limits.integer = check.format === 'safeint' || check.format === 'int32';
    } else if (check.check === 'string_format' && check.pattern) {
      limits.pattern = check.pattern;
    }
  }
  return limits;
}

/** The fields of an object schema. */
export const fieldsOf = (schema: z.ZodType): Record<string, z.ZodType> =>
  defOfInnermost(schema).shape ?? {};

/** The values an enum or literal schema takes. */
export function choicesOf(schema: z.ZodType): unknown[] {
  const def = defOfInnermost(schema);
  return def.type === 'enum' ? Object.values(def.entries) : def.values ?? [];
}
