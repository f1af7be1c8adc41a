import fc from 'fast-check';

// The raw material of hostile input: values that broke, or could break,
// parsers, time maths, databases and the prototype chain.

/** C0 control characters, DEL and C1 ones. */
export const controlCharacters = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
];

/** Halves of surrogate pairs on their own, and other odd code points. */
export const oddCodePoints = [
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\u2028',
  '\u202e',
  '\u0301',
];

/** Instants at and past the edges of what luxon, the years and SQL hold. */
export const edgeInstants = [
  '+275760-09-13T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '-271821-04-19T23:59:59Z',
  '+010000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1899-12-31T23:59:59Z',
  '1900-01-01T00:00:00+14:00',
  '2999-12-31T23:59:59-12:00',
  '1900-01-01T00:00:00Z',
  '2999-12-31T23:59:59.999Z',
  '3000-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-03-29T02:30:00+01:00',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00+99:99',
  '2026-01-01T00:00:00.123456789Z',
  '2026-W01-1T00:00:00Z',
  '2026-001T00:00:00Z',
  '2026-01-01 00:00',
  'T00:00',
  '2026',
];

/** Calendar dates at the edges. */
export const edgeDates = [
  '1899-12-31',
  '1900-01-01',
  '2999-12-31',
  '3000-01-01',
  '+275760-09-13',
  '0000-00-00',
  '2026-02-29',
  '2024-02-29',
  '2026-13-01',
  '26-01-01',
];

/** Time zones: odd offsets, names luxon reads its own way, unknown ones. */
export const oddTimeZones = [
  'Pacific/Kiritimati',
  'Etc/GMT-14',
  'Etc/GMT+12',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Antarctica/Troll',
  'europe/berlin',
  'EUROPE/BERLIN',
  'local',
  'system',
  'UTC+2',
  'UTC+14:00',
  '+02:00',
  'Z',
  'GMT0',
  'Europe/Nowhere',
  '../../etc/localtime',
];

/** Text with a meaning to SQL, full-text query syntax, markdown or shells. */
export const meaningfulText = [
  "' OR 1=1 --",
  "'); DROP TABLE desks; --",
  '\\',
  '"',
  '*',
  ':*',
  'a & | b',
  '!!(',
  'a <-> b',
  'NEAR(a b)',
  'title:x',
  '"unterminated',
  'a OR AND NOT',
  '^x',
  '-',
  '%',
  '_',
  '$where',
  '${7*7}',
  '<script>alert(1)</script>',
  // eslint-disable-next-line no-script-url -- a value sent, never followed
  'javascript:alert(1)',
  '🐢🐘',
];

/** Refs, times and addresses near the ones the API takes. */
export const nearMisses = [
  'user:default/',
  'user:',
  ':',
  '/',
  'a:b:c/d',
  'user:default/alice',
  'USER:DEFAULT/ALICE',
  'group:default/platform-software',
  'component:default/vault',
  'group:default/nobody',
  `user:default/${'x'.repeat(250)}`,
  '24:00',
  '23:60',
  '9:00',
  '#12345g',
  'http://127.0.0.1/',
  'http://169.254.169.254/latest/meta-data',
  'http://[::1]/',
  'file:///etc/passwd',
  'https://chat.example.com:99999/',
  'me',
  'open',
  'true',
  'null',
  'undefined',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
];

/** Keys that mean something to JavaScript objects. */
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** Numbers past every limit, and the ones JSON turns into null. */
export const edgeNumbers = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e20,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  NaN,
  Infinity,
];

/** What numbers look like in a query string. */
export const numberText = [
  '1e999',
  '-1e999',
  '1e20',
  'NaN',
  'Infinity',
  '0x10',
  ' 5 ',
  '1,5',
  '5.',
  '-0',
  '',
  '9'.repeat(400),
];

/** A value nested `depth` arrays deep. */
export function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) {
    value = [value];
  }
  return value;
}

/** Values of every JSON type, for a field that wants another. */
export const wrongTypes = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  '',
  ' ',
  [],
  {},
  [null],
  { '': '' },
  'null',
  '0',
  'false',
);

/** Strings from all the pools above. */
export const hostileStrings = fc.constantFrom(
  ...controlCharacters,
  ...oddCodePoints,
  ...edgeInstants,
  ...edgeDates,
  ...oddTimeZones,
  ...meaningfulText,
  ...nearMisses,
  ...prototypeKeys,
);

/** `value` with `intruder` put in at some position. */
export const insertedInto = (value: string, intruder: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.nat(value.length), intruder)
    .map(([at, inner]) => `${value.slice(0, at)}${inner}${value.slice(at)}`);

/** `value` stretched to `length` characters. */
export const stretched = (value: string, length: number) =>
  (value || 'x')
    .repeat(Math.ceil(length / Math.max(value.length, 1)))
    .slice(0, length);

/**
 * A copy of `object` with an own enumerable property `key`, even when the
 * key is `__proto__` (which plain assignment would take as the prototype),
 * the way `JSON.parse` makes it.
 */
export function withOwnKey(object: object, key: string, value: unknown) {
  const copy = Array.isArray(object) ? [...object] : { ...object };
  Object.defineProperty(copy, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}
