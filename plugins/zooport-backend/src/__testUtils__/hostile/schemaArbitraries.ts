import fc from 'fast-check';
import { z } from 'zod';
import {
  edgeNumbers,
  hostileStrings,
  insertedInto,
  nested,
  numberText,
  controlCharacters,
  oddCodePoints,
  prototypeKeys,
  stretched,
  withOwnKey,
  wrongTypes,
} from './hostileValues';
import {
  choicesOf,
  defOfInnermost,
  fieldsOf,
  innermost,
  kindOf,
  limitsOf,
  mayBeLeftOut,
  takesNull,
} from './schemaShape';

// Arbitraries derived from zod schemas: values shaped like what a schema
// takes (`shapedLike`), and hostile variants of a value, broken at one
// place the schema describes (`brokenVariant`).

/** At most this many items in generated arrays, keys in records. */
const FEW = 3;

/** A value shaped like what `schema` takes, not necessarily valid. */
export function shapedLike(
  schema: z.ZodType,
  depth = 0,
): fc.Arbitrary<unknown> {
  const def = defOfInnermost(schema);
  const limits = limitsOf(schema);
  const below = (inner: z.ZodType) => shapedLike(inner, depth + 1);
  switch (def.type) {
    case 'string':
      if (limits.format === 'url') {
        return fc.webUrl();
      }
      if (limits.pattern) {
        return fc.stringMatching(limits.pattern);
      }
      return fc.string({
        unit: 'grapheme',
        minLength: limits.min ?? 0,
        maxLength: Math.min(limits.max ?? 40, 40),
      });
    case 'number': {
      const min = limits.min ?? -1e6;
      const max = limits.max ?? 1e6;
      const number = limits.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true });
      return def.coerce ? number.map(String) : number;
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
    case 'literal':
      return fc.constantFrom(...choicesOf(schema));
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(below(def.element), {
            minLength: limits.min ?? 0,
            maxLength: Math.min(limits.max ?? FEW, FEW),
          });
    case 'object': {
      const fields = fieldsOf(schema);
      return fc.record(
        Object.fromEntries(
          Object.entries(fields).map(([key, field]) => [
            key,
            takesNull(field)
              ? fc.option(below(field), { nil: null })
              : below(field),
          ]),
        ),
        {
          requiredKeys: Object.keys(fields).filter(
            key => !mayBeLeftOut(fields[key]),
          ),
        },
      );
    }
    case 'union':
      return fc.oneof(...def.options.map(below));
    case 'record':
      return fc.dictionary(
        shapedLike(def.keyType, depth + 1).map(String),
        below(def.valueType),
        { maxKeys: FEW },
      );
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Hostile replacements for a string that `limits` describe. */
function brokenStrings(value: unknown, schema: z.ZodType) {
  const text = typeof value === 'string' ? value : '';
  const { max } = limitsOf(schema);
  return [
    insertedInto(text, fc.constantFrom(...controlCharacters, ...oddCodePoints)),
    hostileStrings,
    fc.constantFrom('', ' ', '\t\n', ` ${text} `),
    ...(max === undefined
      ? []
      : [
          fc
            .integer({ min: max + 1, max: max + 40 })
            .map(length => stretched(text, length)),
        ]),
  ];
}

/** Hostile replacements for a number that `limits` describe. */
function brokenNumbers(schema: z.ZodType) {
  const { min, max } = limitsOf(schema);
  const beyond = [min, max].flatMap(limit =>
    limit === undefined ? [] : [limit - 1, limit + 1, limit + 0.5],
  );
  return [
    fc.constantFrom(...edgeNumbers, ...beyond),
    fc.constantFrom(...numberText),
  ];
}

/** Hostile replacements for the value at one node of a schema. */
function brokenHere(schema: z.ZodType, value: unknown): fc.Arbitrary<unknown> {
  const kind = kindOf(schema);
  const { max } = limitsOf(schema);
  const anyKind = [
    wrongTypes,
    fc.constantFrom(nested(64), nested(2000)),
    fc.constantFrom(...prototypeKeys.map(key => withOwnKey({}, key, { x: 1 }))),
  ];
  switch (kind) {
    case 'string':
      return fc.oneof(...brokenStrings(value, schema), ...anyKind);
    case 'number':
      return fc.oneof(...brokenNumbers(schema), ...anyKind);
    case 'enum':
    case 'literal':
      return fc.oneof(
        fc
          .constantFrom(...choicesOf(schema).map(String))
          .chain(choice =>
            fc.constantFrom(
              choice.toUpperCase(),
              `${choice} `,
              `${choice}\u0000`,
              `${choice},${choice}`,
              [choice, choice] as unknown,
            ),
          ),
        hostileStrings,
        ...anyKind,
      );
    case 'array': {
      const items = Array.isArray(value) && value.length > 0 ? value : [''];
      return fc.oneof(
        ...(max === undefined
          ? []
          : [
              fc.constant(
                Array.from(
                  { length: max + 1 },
                  (_, i) => items[i % items.length],
                ),
              ),
            ]),
        fc.array(brokenHere(defOfInnermost(schema).element, items[0]), {
          minLength: 1,
          maxLength: FEW,
        }),
        ...anyKind,
      );
    }
    case 'object':
    case 'record': {
      const object = value && typeof value === 'object' ? value : {};
      const keys = Object.keys(object);
      return fc.oneof(
        fc
          .tuple(
            fc.oneof(fc.constantFrom(...prototypeKeys), fc.string()),
            fc.oneof(wrongTypes, hostileStrings),
          )
          .map(([key, inner]) => withOwnKey(object, key, inner)),
        ...(keys.length === 0
          ? []
          : [
              fc.constantFrom(...keys).map(key => {
                const { [key]: _left, ...rest } = object as Record<
                  string,
                  unknown
                >;
                return rest;
              }),
            ]),
        ...anyKind,
      );
    }
    default:
      return fc.oneof(...anyKind);
  }
}

/** Variants of `value` with one of the fields of `schema` broken. */
function brokenField(
  schema: z.ZodType,
  object: Record<string, unknown>,
  depth: number,
): fc.Arbitrary<unknown>[] {
  return Object.entries(fieldsOf(schema)).map(([key, field]) =>
    (key in object ? fc.constant(object[key]) : shapedLike(field))
      .chain(inner => brokenVariant(field, inner, depth + 1))
      .map(inner => withOwnKey(object, key, inner)),
  );
}

/**
 * Variants of `value` (which `schema` may take) broken at one place: the
 * value itself, or one field or item of it, however deep.
 */
export function brokenVariant(
  schema: z.ZodType,
  value: unknown,
  depth = 0,
): fc.Arbitrary<unknown> {
  const node = innermost(schema);
  const def = defOfInnermost(node);
  const here = brokenHere(node, value);
  let inside: fc.Arbitrary<unknown>[] = [];
  if (depth < 6 && def.type === 'object') {
    const object =
      value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : {};
    inside = brokenField(node, object, depth);
  } else if (depth < 6 && def.type === 'array' && Array.isArray(value)) {
    inside =
      value.length === 0
        ? [
            shapedLike(def.element).chain(item =>
              brokenVariant(def.element, item, depth + 1).map(broken => [
                broken,
              ]),
            ),
          ]
        : [
            fc
              .nat(value.length - 1)
              .chain(i =>
                brokenVariant(def.element, value[i], depth + 1).map(broken =>
                  value.map((item, j) => (j === i ? broken : item)),
                ),
              ),
          ];
  } else if (depth < 6 && def.type === 'union') {
    inside = def.options.map((option: z.ZodType) =>
      brokenVariant(option, value, depth + 1),
    );
  }
  if (inside.length === 0) {
    return here;
  }
  return fc.oneof(
    { arbitrary: here, weight: 1 },
    { arbitrary: fc.oneof(...inside), weight: 3 },
  );
}
