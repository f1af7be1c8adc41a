/**
 * What is wrong with a draft, by field path as the backend names fields in
 * its 400 answers, e.g. `hours.weekly.1.end` → "must be after the start".
 */
export type Problems = Record<string, string>;

/** Only the paths that have a problem. */
export function problemsOf(
  checks: Record<string, string | undefined>,
): Problems {
  return Object.fromEntries(
    Object.entries(checks).filter(
      (check): check is [string, string] => check[1] !== undefined,
    ),
  );
}

/** What is wrong with a text that must be given, in at most `max` characters. */
export function requiredTextProblem(
  text: string,
  max: number,
): string | undefined {
  if (!text.trim()) {
    return 'is required';
  }
  return text.trim().length > max ? `at most ${max} characters` : undefined;
}

/** A field's error state: its problem, or else its hint. */
export function problemProps(problems: Problems, path: string, hint?: string) {
  return { error: path in problems, helperText: problems[path] ?? hint };
}
