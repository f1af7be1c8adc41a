import Grid from '@material-ui/core/Grid';
import { DeskJira } from '@zooport/plugin-zooport-common';
import { Fieldset, Problems, problemProps } from '../EditorFields';
import { FormField } from '../FormDialog';
import { DEFAULT_ISSUE_TYPE, JiraProjectDraft } from './jiraProjectDraft';

/**
 * The Jira project bug tickets are filed in: its key and the issue type.
 * `blank` says what a blank key means where the fields are shown.
 */
export const JiraProjectFields = (props: {
  jira: DeskJira;
  project: JiraProjectDraft;
  blank: string;
  problems: Problems;
  onChange: (project: JiraProjectDraft) => void;
}) => {
  const { jira, project, blank, problems, onChange } = props;
  return (
    <Fieldset legend="Jira">
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <FormField
            fullWidth
            margin="dense"
            label="Jira project key"
            placeholder="ABC"
            value={project.key}
            onChange={event =>
              onChange({ ...project, key: event.target.value.toUpperCase() })
            }
            {...problemProps(
              problems,
              'jiraProject.key',
              `A request resolved as a bug ticket without a URL is filed there, at ${
                new URL(jira.baseUrl).host
              }; blank: ${blank}`,
            )}
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <FormField
            fullWidth
            margin="dense"
            label="Issue type"
            placeholder={DEFAULT_ISSUE_TYPE}
            value={project.issueType}
            onChange={event =>
              onChange({ ...project, issueType: event.target.value })
            }
            {...problemProps(
              problems,
              'jiraProject.issueType',
              `As Jira names it; blank: ${DEFAULT_ISSUE_TYPE}`,
            )}
          />
        </Grid>
      </Grid>
    </Fieldset>
  );
};
