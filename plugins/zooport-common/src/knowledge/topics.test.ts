import { matchingTopics } from './topics';

describe('matchingTopics', () => {
  const dba = ['postgres', 'sql', 'backup', 'query performance'];

  it.each([
    ['My PostgreSQL is slow', ['postgres']],
    ['slow query, bad performance', ['query performance']],
    ['slow query', []],
    ['restore a backups folder', ['backup']],
    ['SQL help', ['sql']],
    ['sq', []],
    ['', []],
  ])('%p asks about %p', (question, expected) => {
    expect(matchingTopics(question, dba)).toEqual(expected);
  });

  it('matches short words only whole', () => {
    expect(matchingTopics('ci is red', ['ci', 'cd'])).toEqual(['ci']);
    expect(matchingTopics('cinema', ['ci'])).toEqual([]);
  });
});
