import Grid from '@material-ui/core/Grid';
import { Fieldset, Problems, problemProps } from '../../../shared/EditorFields';
import { FormField } from '../../../shared/FormDialog';
import { ProfileDraft } from './profileDraft';

type SlackUserGroupDraft = ProfileDraft['slackUserGroup'];

/**
 * The desk's Slack user group, which Zooport sets to the people on duty at
 * every handoff: its id, and its handle for people to read.
 */
export const SlackUserGroupFields = (props: {
  userGroup: SlackUserGroupDraft;
  problems: Problems;
  onChange: (userGroup: SlackUserGroupDraft) => void;
}) => {
  const { userGroup, problems, onChange } = props;
  return (
    <Fieldset legend="Slack user group" level="section">
      <Grid container spacing={1}>
        <Grid item xs={12} sm={5}>
          <FormField
            fullWidth
            margin="dense"
            label="User group id"
            placeholder="S0614TZR7"
            value={userGroup.id}
            onChange={event =>
              onChange({ ...userGroup, id: event.target.value })
            }
            {...problemProps(
              problems,
              'slackUserGroup.id',
              'Set to the people on duty at every handoff; blank: none',
            )}
          />
        </Grid>
        <Grid item xs={12} sm={7}>
          <FormField
            fullWidth
            margin="dense"
            label="Handle"
            placeholder="@platform-oncall"
            value={userGroup.handle}
            onChange={event =>
              onChange({ ...userGroup, handle: event.target.value })
            }
            {...problemProps(
              problems,
              'slackUserGroup.handle',
              'How people mention it, shown on the desk',
            )}
          />
        </Grid>
      </Grid>
    </Fieldset>
  );
};
