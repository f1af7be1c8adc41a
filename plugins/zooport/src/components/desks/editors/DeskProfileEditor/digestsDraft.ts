import {
  Desk,
  DigestSettings,
  digestSettingsOf,
  isTimeOfDay,
} from '@zooport/plugin-zooport-common';

/**
 * A desk's digest settings as its editor holds them: every one filled in,
 * with the defaults where the desk set nothing, and saved as they are.
 */
export type DigestsDraft = DigestSettings;

export function digestsDraftOf(desk: Pick<Desk, 'digests'>): DigestsDraft {
  return digestSettingsOf(desk);
}

/** Why the backend would refuse the draft's times, by field path. */
export function digestsProblems(
  digests: DigestsDraft,
): Record<string, string | undefined> {
  return Object.fromEntries(
    (Object.keys(digests) as (keyof DigestsDraft)[]).map(kind => [
      `digests.${kind}.time`,
      isTimeOfDay(digests[kind].time)
        ? undefined
        : 'must be a time of day, HH:mm',
    ]),
  );
}
