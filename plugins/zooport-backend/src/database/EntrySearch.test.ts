import { topicalText } from './EntrySearch';

describe('topicalText', () => {
  it.each([
    [
      'Template scaffolding fails for every new service',
      'template scaffolding service',
    ],
    ['How do I get a new VM?', 'vm'],
    ['My deploy fails again', 'deploy'],
    // Nothing topical: the question as it came.
    ['Help, it fails!', 'Help, it fails!'],
  ])('%j is about %j', (question, topical) => {
    expect(topicalText(question)).toBe(topical);
  });
});
