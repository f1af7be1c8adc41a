import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { OnDutyMember, ReadinessStage } from '@zooport/plugin-zooport-common';
import { dutyRoleLabel } from '../../../labels';
import { stageLabels } from '../../readiness/stages/stageLabels';

/** An onboarding stage beside someone's name; nothing once ready. */
const StageChip = (props: { stage?: ReadinessStage }) =>
  props.stage && props.stage !== 'ready' ? (
    <Box ml={1}>
      <Chip
        size="small"
        variant="outlined"
        color="secondary"
        label={stageLabels[props.stage]}
      />
    </Box>
  ) : null;

/**
 * The people on duty, with their role; observers as shadowing; with
 * `stages` (person → stage), the onboarding stage of those not ready.
 */
export const OnDutyList = (props: {
  members: OnDutyMember[];
  observers?: string[];
  stages?: ReadonlyMap<string, ReadinessStage>;
}) => {
  const { members, observers = [], stages } = props;
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
          <StageChip stage={stages?.get(member.userRef)} />
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
          <StageChip stage={stages?.get(observer)} />
        </Box>
      ))}
    </Box>
  );
};
