export { JiraProjectFields } from './JiraProjectFields';
export {
  jiraProjectDraftOf,
  jiraProjectOf,
  jiraProjectProblems,
} from './jiraProjectDraft';
export type { JiraProjectDraft } from './jiraProjectDraft';
