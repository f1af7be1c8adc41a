import { ZooDesk } from './types';
import { desksCalled } from './desksCalled';

const desk = (team: string, animal: string): ZooDesk => ({
  teamRef: `group:default/${team}`,
  animal: { name: animal },
  onDuty: [],
  observers: [],
  until: null,
});

const shepherd = desk('security', 'German shepherd');
const turtle = desk('platform-software', 'turtle');
// A team named like another desk's animal.
const turtles = desk('turtle', 'sea turtle');
const desks = [shepherd, turtle, turtles];

const teamsAnswering = (who: string) =>
  desksCalled(desks, who).map(d => d.teamRef);

describe('desksCalled', () => {
  it.each([
    ['security', shepherd],
    ['group:default/security', shepherd],
    ['Platform-Software', turtle],
    ['german-shepherd', shepherd],
    ['German Shepherd', shepherd],
    ['german--shepherd', shepherd],
    ['german_shepherd', shepherd],
    ['sea-turtle', turtles],
  ])('takes %p for its desk', (who, expected) => {
    expect(teamsAnswering(who)).toEqual([expected.teamRef]);
  });

  it("prefers a team's name to another desk's animal", () => {
    expect(teamsAnswering('turtle')).toEqual([turtles.teamRef]);
  });

  it('names every desk whose animal answers, and none for a stranger', () => {
    const twins = [turtle, desk('reef', 'Turtle')];
    expect(desksCalled(twins, 'turtle')).toEqual(twins);
    expect(teamsAnswering('unicorn')).toEqual([]);
    expect(teamsAnswering('')).toEqual([]);
  });
});
