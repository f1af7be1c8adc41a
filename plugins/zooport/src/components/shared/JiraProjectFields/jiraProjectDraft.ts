import {
  JIRA_PROJECT_KEY_PATTERN,
  JiraProject,
} from '@zooport/plugin-zooport-common';

/** A Jira project as typed in an editor; a blank key: none. */
export interface JiraProjectDraft {
  key: string;
  issueType: string;
}

/** The issue type a project without one files. */
export const DEFAULT_ISSUE_TYPE = 'Bug';

const limits = { key: 100, issueType: 100 };

export function jiraProjectDraftOf(
  project?: JiraProject | null,
): JiraProjectDraft {
  return { key: project?.key ?? '', issueType: project?.issueType ?? '' };
}

/** Why the backend would refuse the project, by the paths it names. */
export function jiraProjectProblems({
  key,
  issueType,
}: JiraProjectDraft): Record<string, string | undefined> {
  const typed = key.trim();
  let keyProblem: string | undefined;
  if (!typed) {
    keyProblem = issueType.trim() ? 'needs the project key' : undefined;
  } else if (
    typed.length > limits.key ||
    !JIRA_PROJECT_KEY_PATTERN.test(typed)
  ) {
    keyProblem = 'capital letters, digits and _, e.g. ABC';
  }
  return {
    'jiraProject.key': keyProblem,
    'jiraProject.issueType':
      issueType.trim().length > limits.issueType
        ? `at most ${limits.issueType} characters`
        : undefined,
  };
}

/** The project as the API takes it; undefined when no key is typed. */
export function jiraProjectOf(
  draft: JiraProjectDraft,
): JiraProject | undefined {
  const key = draft.key.trim();
  return key
    ? { key, issueType: draft.issueType.trim() || DEFAULT_ISSUE_TYPE }
    : undefined;
}
