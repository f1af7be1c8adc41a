import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { OnDutyMember } from '@zooport/plugin-zooport-common';
import { dutyRoleLabel } from '../../../labels';

/** The people on duty, with their role; observers as shadowing. */
export const OnDutyList = (props: {
  members: OnDutyMember[];
  observers?: string[];
}) => {
  const { members, observers = [] } = props;
  if (members.length === 0) {
    return (
      <Typography color="textSecondary">
        Nobody is on duty right now.
      </Typography>
    );
  }
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {members.map(member => (
        <Box
          component="li"
          key={member.userRef}
          display="flex"
          alignItems="center"
          mb={0.5}
        >
          <EntityRefLink entityRef={member.userRef} defaultKind="user" />
          <Box ml={1}>
            <Chip
              size="small"
              label={dutyRoleLabel(member.role, member.source)}
              color={member.role === 'primary' ? 'primary' : 'default'}
            />
          </Box>
        </Box>
      ))}
      {observers.map(observer => (
        <Box
          component="li"
          key={observer}
          display="flex"
          alignItems="center"
          mb={0.5}
        >
          <EntityRefLink entityRef={observer} defaultKind="user" />
          <Box ml={1}>
            <Chip size="small" variant="outlined" label="shadowing" />
          </Box>
        </Box>
      ))}
    </Box>
  );
};
