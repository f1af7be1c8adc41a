/**
 * The value a request gives for its type's field `key`, if any.
 *
 * Field keys are chosen by people, so one may be named like a property
 * every JavaScript object has (`constructor`, `toString`): only the
 * request's own keys count, or an empty field would read as that property.
 *
 * @public
 */
export function requestFieldValue(
  fields: Readonly<Record<string, string>>,
  key: string,
): string | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}
