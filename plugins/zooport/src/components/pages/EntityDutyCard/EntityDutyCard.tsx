import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef, UserEntity } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { MyShift } from '@zooport/plugin-zooport-common';
import { usePawTabLink } from '../../../hooks/usePawTabLink';
import { useNow } from '../../../hooks/useNow';
import { animalLabel, dutyRoleLabel } from '../../../labels';
import { formatInTeamZone, formatInViewerZone } from '../../../time';
import { personDutyAt } from './personDuty';
import { usePersonShifts } from './usePersonShifts';

/** An instant for the viewer, with the desk's wall clock beside it. */
const when = (iso: string, zone: string) =>
  `${formatInViewerZone(iso)} (${formatInTeamZone(iso, zone)})`;

/**
 * One stretch: the desk's animal (to its paw tab) and team, the role, and
 * until when, or from when to when for one still to come.
 */
const Stretch = (props: { shift: MyShift; from?: boolean }) => {
  const { shift, from } = props;
  const pawTabLink = usePawTabLink();
  return (
    <Box mt={1.5}>
      <Typography>
        <Link to={pawTabLink(shift.teamRef)}>{animalLabel(shift.animal)}</Link>
        {' · '}
        <EntityRefLink entityRef={shift.teamRef} defaultKind="group" />
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {dutyRoleLabel(shift.role, shift.source)}
        {from && `, from ${when(shift.start, shift.timeZone)}`}, until{' '}
        {when(shift.end, shift.timeZone)}
      </Typography>
    </Box>
  );
};

const Duty = (props: { userRef: string; name: string }) => {
  const { userRef, name } = props;
  const now = useNow();
  const { value, loading, error } = usePersonShifts(userRef);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  const { onDuty, observing, next } = personDutyAt(value!, now);
  return (
    <>
      {onDuty.length > 0 ? (
        <>
          <Typography variant="h6" component="p">
            {name} is on duty now
          </Typography>
          {onDuty.map(shift => (
            <Stretch key={shift.teamRef} shift={shift} />
          ))}
        </>
      ) : (
        <Typography variant="h6" component="p">
          {name} is not on duty now
        </Typography>
      )}
      {observing.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2">Shadowing now</Typography>
          {observing.map(shift => (
            <Stretch key={shift.teamRef} shift={shift} />
          ))}
        </Box>
      )}
      {onDuty.length === 0 && (
        <Box mt={2}>
          {next ? (
            <>
              <Typography variant="subtitle2">Next on duty</Typography>
              <Stretch shift={next} from />
            </>
          ) : (
            <Typography color="textSecondary">
              No duty in the next 13 weeks.
            </Typography>
          )}
        </Box>
      )}
    </>
  );
};

/**
 * The duty card on a User page: whether the person is on duty now, at
 * which desks, in which role and until when; otherwise their next shift.
 */
export const EntityDutyCard = () => {
  const { entity } = useEntity<UserEntity>();
  const name =
    entity.spec?.profile?.displayName ??
    entity.metadata.title ??
    entity.metadata.name;
  return (
    <InfoCard title="Zooport duty">
      <Duty userRef={stringifyEntityRef(entity)} name={name} />
    </InfoCard>
  );
};
