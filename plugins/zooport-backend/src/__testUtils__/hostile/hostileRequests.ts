import express, { Request } from 'express';
import fc from 'fast-check';
import { z } from 'zod';
import { hostileStrings, stretched } from './hostileValues';
import { Fixture, RouteExample, RouteSpec } from './routeTable';
import { brokenVariant, shapedLike } from './schemaArbitraries';

// Hostile requests for one route of the route table: its path parameters,
// query, body or If-Match broken (the rest as in the route's valid example),
// a well-formed name of something that does not exist, or a path next to it
// that no route serves.

export type Caller = 'member' | 'outsider' | 'anonymous';

export interface HostileRequest {
  method: string;
  /** Path and query string, percent-encoded, under the plugin's base path. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  as: Caller;
  /** What was broken: `body`, `query`, `path`… */
  broken: string;
  /** The route's own checks refuse it, so it must answer 4xx. */
  refused: boolean;
}

/** Percent-encodes every byte but the unreserved ones, as a client would. */
export function percentEncoded(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map(byte => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(char)
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/**
 * `key[sub][0]=value` pairs, as express's query parser reads them back;
 * nesting below what it reads (five levels) is cut off.
 */
function queryPairs(prefix: string, value: unknown, depth = 0): string[] {
  if (value === undefined) {
    return [];
  }
  if (value !== null && typeof value === 'object' && depth < 8) {
    return Object.keys(value).flatMap(key =>
      queryPairs(`${prefix}[${key}]`, (value as any)[key], depth + 1),
    );
  }
  return [`${percentEncoded(prefix)}=${percentEncoded(String(value ?? ''))}`];
}

export function queryString(query: Record<string, unknown>): string {
  return Object.keys(query)
    .flatMap(key => queryPairs(key, query[key]))
    .join('&');
}

/** The query as the router sees it: express's own parser. */
export const parsedQuery: (text: string) => unknown =
  express().get('query parser fn');

/**
 * True when `schema` refuses `value`. A schema that throws is sent on too,
 * so that the route's answer (a 500) is what fast-check reports.
 */
function refuses(schema: z.ZodType, value: unknown) {
  try {
    return !schema.safeParse(value).success;
  } catch {
    return true;
  }
}

/**
 * True when one of the route's own checks refuses these path parameters,
 * percent-encoded as sent.
 */
export function paramsRefused(route: RouteSpec, raw: Record<string, string>) {
  try {
    const params = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [
        key,
        decodeURIComponent(value),
      ]),
    );
    route.params.forEach(check => check({ params } as unknown as Request));
    return false;
  } catch {
    return true;
  }
}

/**
 * A segment that would make another path rather than a hostile one: empty
 * (`/requests/` is `/requests`), or a dot segment the client resolves.
 */
const movesPath = (segment: string) =>
  segment === '' || /^(?:\.|%2e){1,2}$/i.test(segment);

/** Path segments, as sent: percent-encoded text, and raw bytes. */
const hostileSegments = fc.oneof(
  hostileStrings.map(percentEncoded),
  fc.string({ unit: 'binary', maxLength: 80 }).map(percentEncoded),
  fc.constantFrom(
    '%00',
    '%2F',
    '%2f..%2f',
    '%',
    '%zz',
    '%E0%A4%A',
    '%ED%A0%80',
    '%C0%AF',
    '%FF',
    '%0A',
    '%20',
    '~',
    '!',
    "'",
    '*',
    '-leading-dash',
    'Platform%20Software',
    '00000000-0000-0000-0000-00000000000G',
    '00000000-0000-0000-0000-000000000000x',
    '0000000000000000000000000000000000000',
    '1.5',
    '-1',
    '0',
    'NaN',
    '0x10',
  ),
  fc
    .constantFrom(63, 64, 256, 4000)
    .chain(length =>
      fc.constantFrom(stretched('a', length), stretched('%00', length * 3)),
    ),
);

/** Well-formed names of what does not exist, per path parameter. */
function unknownParam(param: string, fixture: Fixture): fc.Arbitrary<string> {
  switch (param) {
    case 'id':
      return fc.uuid().filter(id => !Object.values(fixture).includes(id));
    case 'revision':
      return fc.constantFrom(
        '2',
        '2147483647',
        '2147483648',
        '9007199254740993',
        '100000000000000000000',
        '1e20',
        '9'.repeat(40),
      );
    case 'feed':
      return fc
        .stringMatching(/^[A-Za-z0-9_-]{16,64}$/)
        .map(key => `${key}.ics`);
    default:
      return fc.stringMatching(/^[a-z][a-z0-9]{0,20}$/).map(n => `nobody-${n}`);
  }
}

function pathOf(template: string, params: Record<string, string>) {
  return template.replace(/:(\w+)/g, (_, name: string) => params[name]);
}

const encodedParams = (example: RouteExample) =>
  Object.fromEntries(
    Object.entries(example.params).map(([key, value]) => [
      key,
      percentEncoded(value),
    ]),
  );

/** The parts of a request, before they are put together. */
interface Parts {
  params: Record<string, string>;
  query: string;
  body?: string;
  headers: Record<string, string>;
  broken: string;
  refused: boolean;
}

function exampleParts(example: RouteExample): Parts {
  return {
    params: encodedParams(example),
    query: example.query ? queryString(example.query) : '',
    body: example.body === undefined ? undefined : JSON.stringify(example.body),
    headers: {},
    broken: 'nothing',
    refused: false,
  };
}

/** A body that is not JSON, or JSON sent in a way the parser refuses. */
const rawBodies = fc.constantFrom<[string, Record<string, string>]>(
  ['not json', {}],
  ['{"a":', {}],
  ['"text"', {}],
  ['123', {}],
  ['null', {}],
  ['[]', {}],
  ['{"__proto__":{"admin":true}}', {}],
  [`{"a":"${'x'.repeat(600_000)}"}`, {}],
  [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, {}],
  ['{}', { 'Content-Type': 'text/plain' }],
  ['{}', { 'Content-Type': 'application/json; charset=latin1' }],
  ['{}', { 'Content-Type': 'application/json; charset=utf-16' }],
  ['{}', { 'Content-Encoding': 'gzip' }],
  ['{}', { 'Content-Encoding': 'br' }],
  ['{}', { 'Content-Encoding': 'compress' }],
);

/**
 * What the JSON body parser makes of a body sent with these headers: JSON
 * it could parse, or nothing (then the handler sees `{}`, or an error).
 */
function parsedBody(body: string, headers: Record<string, string>) {
  if (
    (headers['Content-Type'] ?? 'application/json') !== 'application/json' ||
    headers['Content-Encoding']
  ) {
    return undefined;
  }
  try {
    const value = JSON.parse(body);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** If-Match values that name no revision a fixture can be at. */
const hostileIfMatch = fc.constantFrom(
  '',
  ' ',
  '1',
  '"1',
  '"-1"',
  '"0"',
  '"1.5"',
  '"abc"',
  'W/"abc"',
  '"1", "2"',
  '"2147483648"',
  '"9007199254740993"',
  '"100000000000000000000"',
  `"${'9'.repeat(400)}"`,
  '"\u00e9"',
  '**',
);

/** Breaks the route's path parameters: forms it refuses, or unknown names. */
function brokenParams(
  route: RouteSpec,
  parts: Parts,
  fixture: Fixture,
): fc.Arbitrary<Parts>[] {
  const names = Object.keys(parts.params);
  if (names.length === 0) {
    return [];
  }
  const refusedSegment = fc
    .tuple(fc.constantFrom(...names), hostileSegments)
    .filter(([, segment]) => !movesPath(segment))
    .map(([name, segment]) => ({ ...parts.params, [name]: segment }))
    .filter(params => paramsRefused(route, params))
    .map(params => ({ ...parts, params, broken: 'path', refused: true }));
  const unknownName = fc
    .constantFrom(...names)
    .chain(name =>
      unknownParam(name, fixture).map(value => ({
        ...parts.params,
        [name]: percentEncoded(value),
      })),
    )
    .map(params => ({
      ...parts,
      params,
      broken: 'unknown',
      refused: paramsRefused(route, params),
    }));
  return [refusedSegment, unknownName];
}

function brokenQuery(route: RouteSpec, parts: Parts, example: RouteExample) {
  const schema = route.query;
  if (!schema) {
    return [];
  }
  const suffixes = fc.constantFrom(
    '&%',
    '&%zz=%zz',
    '&%00=%00',
    '&at[]=1&at[]=2',
    '&a[b][c][d][e][f][g]=1',
    '&__proto__[at]=x',
    '&constructor[prototype][x]=1',
    `&${'a=1&'.repeat(1200)}`,
  );
  const asQuery = (value: unknown) =>
    queryString(
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)
        : { value },
    );
  const variants = fc.oneof(
    { arbitrary: brokenVariant(schema, example.query).map(asQuery), weight: 4 },
    {
      arbitrary: shapedLike(schema).chain(base =>
        brokenVariant(schema, base).map(asQuery),
      ),
      weight: 2,
    },
    { arbitrary: suffixes.map(suffix => `${parts.query}${suffix}`), weight: 1 },
  );
  return [
    variants.map(query => ({
      ...parts,
      query,
      broken: 'query',
      refused: refuses(schema, parsedQuery(query)),
    })),
  ];
}

function brokenBody(route: RouteSpec, parts: Parts, example: RouteExample) {
  const schema = route.body;
  if (!schema) {
    return [];
  }
  const json = fc.oneof(
    { arbitrary: brokenVariant(schema, example.body), weight: 4 },
    {
      arbitrary: shapedLike(schema).chain(base => brokenVariant(schema, base)),
      weight: 2,
    },
  );
  const bodies = fc.oneof(
    {
      arbitrary: json.map(value => ({
        body: JSON.stringify(value) ?? 'undefined',
        headers: {} as Record<string, string>,
      })),
      weight: 6,
    },
    {
      arbitrary: rawBodies.map(([body, headers]) => ({ body, headers })),
      weight: 1,
    },
  );
  return [
    bodies
      .map(({ body, headers }) => ({
        ...parts,
        body,
        headers,
        broken: 'body',
        refused: refuses(schema, parsedBody(body, headers) ?? {}),
      }))
      // A body the schema takes would be a write: not hostile, not sent.
      .filter(broken => broken.refused || route.method === 'get'),
  ];
}

/** The route's example body naming something that does not exist. */
function unknownReferences(route: RouteSpec, parts: Parts, fixture: Fixture) {
  const bodiesOf = route.unknownReferences;
  if (!bodiesOf) {
    return [];
  }
  const unknown = fc.record({
    id: unknownParam('id', fixture),
    userRef: unknownParam('name', fixture).map(name => `user:default/${name}`),
    teamRef: unknownParam('name', fixture).map(name => `group:default/${name}`),
  });
  return [
    unknown
      .chain(names => fc.constantFrom(...bodiesOf(fixture, names)))
      .map(body => ({
        ...parts,
        body: JSON.stringify(body),
        broken: 'unknown reference',
        refused: true,
      })),
  ];
}

function brokenIfMatch(route: RouteSpec, parts: Parts) {
  if (!route.ifMatch) {
    return [];
  }
  return [
    hostileIfMatch.map(ifMatch => ({
      ...parts,
      headers: { 'If-Match': ifMatch },
      broken: 'if-match',
      refused: true,
    })),
  ];
}

/** Parts with one broken, maybe with another path or method. */
type Broken = Parts & { suffix?: string; method?: string };

/** A path next to the route's that no route serves, or a method none takes. */
function unservedPath(parts: Parts): fc.Arbitrary<Broken> {
  return fc
    .oneof(
      fc.record({
        suffix: hostileSegments.map(segment => `/~${segment}`),
        method: fc.constant(undefined),
      }),
      fc.record({
        suffix: fc.constant(''),
        method: fc.constantFrom('PATCH', 'OPTIONS'),
      }),
    )
    .map(({ suffix, method }) => ({
      ...parts,
      suffix,
      method,
      broken: 'unserved path',
      refused: true,
    }));
}

const callers = fc.constantFrom<Caller>(
  'member',
  'member',
  'member',
  'member',
  'member',
  'member',
  'member',
  'outsider',
  'outsider',
  'anonymous',
);

/** Hostile requests to `route`, with the setup's rows in `fixture`. */
export function hostileRequests(
  route: RouteSpec,
  fixture: Fixture,
): fc.Arbitrary<HostileRequest> {
  const example = route.example(fixture);
  const parts = exampleParts(example);
  const weighted = (weight: number) => (arbitrary: fc.Arbitrary<Broken>) => ({
    arbitrary,
    weight,
  });
  const variants = [
    ...brokenParams(route, parts, fixture).map(weighted(2)),
    ...brokenQuery(route, parts, example).map(weighted(4)),
    ...brokenBody(route, parts, example).map(weighted(6)),
    ...brokenIfMatch(route, parts).map(weighted(1)),
    ...unknownReferences(route, parts, fixture).map(weighted(2)),
    weighted(1)(unservedPath(parts)),
  ];
  return fc.tuple(fc.oneof(...variants), callers).map(([broken, as]) => {
    const query = broken.query ? `?${broken.query}` : '';
    return {
      method: broken.method ?? route.method.toUpperCase(),
      url: `${pathOf(route.path, broken.params)}${broken.suffix ?? ''}${query}`,
      headers: {
        ...(broken.body === undefined
          ? {}
          : { 'Content-Type': 'application/json' }),
        ...broken.headers,
      },
      body: broken.body,
      as,
      broken: broken.broken,
      refused: broken.refused,
    };
  });
}
