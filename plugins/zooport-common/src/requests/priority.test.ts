import { priorityOf } from './priority';

describe('priorityOf', () => {
  it.each([
    // impact, urgency, priority
    ['high', 'high', 'urgent'],
    ['high', 'medium', 'high'],
    ['high', 'low', 'medium'],
    ['medium', 'high', 'high'],
    ['medium', 'medium', 'medium'],
    ['medium', 'low', 'low'],
    ['low', 'high', 'medium'],
    ['low', 'medium', 'low'],
    ['low', 'low', 'low'],
  ] as const)('impact %s, urgency %s: %s', (impact, urgency, expected) => {
    expect(priorityOf(impact, urgency)).toBe(expected);
  });
});
