import { rotationDifferences } from './rotationDifferences';
import { RotationDraft } from './rotationDraft';

const yours: RotationDraft = {
  timeZone: 'Europe/Berlin',
  handoff: { day: 3, time: '09:00' },
  shiftLength: { unit: 'week', count: 1 },
  membersPerShift: 1,
  participants: [
    { userRef: 'user:default/amara', capabilities: [] },
    { userRef: 'user:default/lars', capabilities: [] },
  ],
  start: '2026-12-02',
  fallback: null,
  observers: [],
  requiredCapabilities: [],
};
const nameOf = (ref: string) =>
  ({ 'user:default/amara': 'Amara Okafor', 'user:default/lars': 'Lars' }[ref] ??
  ref);

describe('rotationDifferences', () => {
  it('names the settings that differ, as the editor words them', () => {
    const theirs: RotationDraft = {
      ...yours,
      handoff: { day: 1, time: '10:00' },
      shiftLength: { unit: 'week', count: 2 },
      participants: [...yours.participants].reverse(),
      fallback: 'user:default/amara',
    };
    expect(rotationDifferences(theirs, yours, nameOf)).toEqual([
      {
        setting: 'Handoff',
        theirs: 'Monday at 10:00',
        yours: 'Wednesday at 09:00',
      },
      { setting: 'Shift length', theirs: '2 weeks', yours: '1 week' },
      {
        setting: 'Participants, in turn order',
        theirs: 'Lars, Amara Okafor',
        yours: 'Amara Okafor, Lars',
      },
      { setting: 'Fallback', theirs: 'Amara Okafor', yours: 'nobody' },
    ]);
  });

  it('finds nothing between equal rotations, and everything against none', () => {
    expect(rotationDifferences({ ...yours }, yours, nameOf)).toEqual([]);
    expect(rotationDifferences(null, yours, nameOf)).toHaveLength(9);
  });
});
