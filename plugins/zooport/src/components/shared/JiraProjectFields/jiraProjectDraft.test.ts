import { problemsOf } from '../EditorFields';
import {
  jiraProjectDraftOf,
  jiraProjectOf,
  jiraProjectProblems,
} from './jiraProjectDraft';

describe('a Jira project as typed', () => {
  it.each([
    [{ key: '', issueType: '' }, {}],
    [{ key: 'ABC', issueType: '' }, {}],
    [{ key: 'OPS_2', issueType: 'Task' }, {}],
    [
      { key: 'abc', issueType: '' },
      { 'jiraProject.key': 'capital letters, digits and _, e.g. ABC' },
    ],
    [
      { key: 'A', issueType: '' },
      { 'jiraProject.key': 'capital letters, digits and _, e.g. ABC' },
    ],
    [
      { key: ' ', issueType: 'Bug' },
      { 'jiraProject.key': 'needs the project key' },
    ],
    [
      { key: 'ABC', issueType: 'x'.repeat(101) },
      { 'jiraProject.issueType': 'at most 100 characters' },
    ],
  ])('%j has the problems %j', (draft, problems) => {
    expect(problemsOf(jiraProjectProblems(draft))).toEqual(problems);
  });

  it('is none without a key, and a Bug without an issue type', () => {
    expect(jiraProjectOf(jiraProjectDraftOf())).toBeUndefined();
    expect(jiraProjectOf({ key: ' ABC ', issueType: ' ' })).toEqual({
      key: 'ABC',
      issueType: 'Bug',
    });
    expect(
      jiraProjectOf(jiraProjectDraftOf({ key: 'OPS', issueType: 'Task' })),
    ).toEqual({ key: 'OPS', issueType: 'Task' });
  });
});
