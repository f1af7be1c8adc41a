import { z } from 'zod';

// Ties each zod schema to the wire type in @zooport/plugin-zooport-common
// that it parses, so that the two cannot drift apart: a field added to one
// side only, at any depth, fails compilation where the schema is declared.

/** Nothing to compare field by field: JSON values and unchecked ones. */
type Leaf = string | number | boolean | null | undefined;

/**
 * The paths of the fields `A` has and `B` lacks, at any depth, e.g.
 * `"resolution.minutesSpent"` or `"steps[].title"`; never when there are
 * none. A side typed `unknown` (a field the schema takes as it comes)
 * matches anything.
 */
export type FieldsMissing<A, B, Path extends string = ''> = unknown extends B
  ? never
  : unknown extends A
  ? never
  : NonNullable<A> extends Leaf
  ? never
  : NonNullable<A> extends readonly (infer ItemA)[]
  ? NonNullable<B> extends readonly (infer ItemB)[]
    ? FieldsMissing<
        ItemA,
        ItemB,
        Path extends `${infer Field}.` ? `${Field}[].` : '[].'
      >
    : never
  : {
      [K in keyof NonNullable<A> & string]-?: K extends keyof NonNullable<B>
        ? FieldsMissing<NonNullable<A>[K], NonNullable<B>[K], `${Path}${K}.`>
        : `${Path}${K}`;
    }[keyof NonNullable<A> & string];

/** The top-level fields `A` has and `B` lacks; never when there are none. */
type KeysMissing<A, B> = Exclude<keyof A, keyof B>;

/**
 * `unknown` when `Input` (what a schema takes) has the fields of `Wire`,
 * no more and no fewer, and takes every `Wire` value; otherwise an object
 * naming the difference, which the schema cannot be assigned to.
 */
type MatchesWire<Input, Wire> = [FieldsMissing<Wire, Input>] extends [never]
  ? [FieldsMissing<Input, Wire>] extends [never]
    ? [Wire] extends [Input]
      ? unknown
      : { 'the schema refuses values of the wire type': Wire }
    : { 'fields the wire type lacks': FieldsMissing<Input, Wire> }
  : { 'fields the schema lacks': FieldsMissing<Wire, Input> };

/**
 * A request or response body's schema, checked against its wire type:
 * `wireBody<OverrideInput>()(z.object({ … }))` compiles only when the schema
 * takes exactly the fields of `OverrideInput`, at every depth, and accepts
 * every `OverrideInput`. The schema may still fill in defaults and turn
 * what it parsed into other types (instants into `DateTime`).
 */
export function wireBody<Wire>() {
  return <S extends z.ZodType>(schema: S & MatchesWire<z.input<S>, Wire>): S =>
    schema;
}

/**
 * A query string's schema, checked against the wire type of its filter:
 * the parameters must be the filter's fields, no more and no fewer. Their
 * values arrive as text, so only the names are compared.
 */
export function wireQuery<Wire>() {
  return <S extends z.ZodType>(
    schema: S &
      ([KeysMissing<Wire, z.input<S>> | KeysMissing<z.input<S>, Wire>] extends [
        never,
      ]
        ? unknown
        : {
            'parameters on one side only':
              | KeysMissing<Wire, z.input<S>>
              | KeysMissing<z.input<S>, Wire>;
          }),
  ): S => schema;
}
