import { weekdays } from '../../../../weekdays';
import { RotationDraft } from './rotationDraft';

/** One setting on which two versions of a rotation differ, as people read it. */
export interface RotationDifference {
  setting: string;
  theirs: string;
  yours: string;
}

type NameOf = (userRef: string) => string;

/** Each setting with how it reads; a list of nobody reads "none". */
const settings: [
  string,
  (rotation: RotationDraft, nameOf: NameOf) => string,
][] = [
  ['Time zone', r => r.timeZone],
  ['First shift starts on', r => r.start],
  [
    'Handoff',
    r =>
      r.shiftLength.unit === 'day'
        ? `daily at ${r.handoff.time}`
        : `${weekdays[r.handoff.day - 1].label} at ${r.handoff.time}`,
  ],
  [
    'Shift length',
    r =>
      `${r.shiftLength.count} ${r.shiftLength.unit}${
        r.shiftLength.count === 1 ? '' : 's'
      }`,
  ],
  ['Members per shift', r => String(r.membersPerShift)],
  [
    'Participants, in turn order',
    (r, nameOf) =>
      r.participants.map(p => nameOf(p.userRef)).join(', ') || 'none',
  ],
  ['Fallback', (r, nameOf) => (r.fallback ? nameOf(r.fallback) : 'nobody')],
  ['Observers', (r, nameOf) => r.observers.map(nameOf).join(', ') || 'none'],
  [
    'Each shift needs someone with',
    r => (r.requiredCapabilities ?? []).join(', ') || 'nothing',
  ],
];

/**
 * Where a rotation someone else saved differs from the one being edited,
 * setting by setting, in the words the editor uses.
 */
export function rotationDifferences(
  theirs: RotationDraft | null,
  yours: RotationDraft,
  nameOf: NameOf,
): RotationDifference[] {
  return settings.flatMap(([setting, read]) => {
    const theirText = theirs ? read(theirs, nameOf) : 'no rotation';
    const yourText = read(yours, nameOf);
    return theirText === yourText
      ? []
      : [{ setting, theirs: theirText, yours: yourText }];
  });
}
