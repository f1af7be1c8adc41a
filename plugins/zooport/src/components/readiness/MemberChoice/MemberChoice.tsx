import { TeamMember } from '../../../hooks/useTeamMembers';
import { ChoiceField } from '../../shared/FormDialog';

/** One of the team's members, by name: a facilitator, an action's owner. */
export const MemberChoice = (props: {
  label: string;
  members: TeamMember[];
  value: string;
  onChange: (userRef: string) => void;
}) => (
  <ChoiceField
    fullWidth
    required
    margin="dense"
    label={props.label}
    value={props.value}
    choices={[
      { value: '', label: 'Choose a member of the team' },
      ...props.members.map(member => ({
        value: member.userRef,
        label: member.name,
      })),
    ]}
    onChange={props.onChange}
  />
);
