import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EntityRefLink,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useDeskOnDuty } from '../../../hooks/useDeskOnDuty';
import { DeskAnimal } from '../../desks/DeskAnimal';
import { SupportHoursNote } from '../../desks/DeskSchedule';
import { OnDutyList } from '../../desks/OnDutyList';
import { RequestSupportButton } from '../../requests/RequestDialog';

const OwnerDesk = (props: { ownerRef: string; entityRef: string }) => {
  const { ownerRef, entityRef } = props;
  const { value, loading, error } = useDeskOnDuty(ownerRef);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value?.desk) {
    return (
      <Typography color="textSecondary">
        <EntityRefLink entityRef={ownerRef} /> has no support desk yet; ask the
        team directly.
      </Typography>
    );
  }
  return (
    <>
      <DeskAnimal animal={value.desk.animal} />
      <SupportHoursNote hours={value.desk.hours} />
      <Box mt={2}>
        <Typography variant="subtitle2">On duty now</Typography>
        <OnDutyList members={value.onDuty?.onDuty ?? []} />
      </Box>
      <Box mt={2}>
        <RequestSupportButton desk={value.desk} entityRef={entityRef} />
      </Box>
    </>
  );
};

/** The request-support card on a component page, routed to the owner's desk. */
export const EntityZooportCard = () => {
  const { entity } = useEntity();
  const [owner] = getEntityRelations(entity, RELATION_OWNED_BY);
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return (
    <InfoCard title="Request support">
      {owner ? (
        <>
          <Typography paragraph>
            Support for this {kind} comes from{' '}
            <EntityRefLink entityRef={owner} />.
          </Typography>
          <OwnerDesk
            ownerRef={stringifyEntityRef(owner)}
            entityRef={stringifyEntityRef(entity)}
          />
        </>
      ) : (
        <Typography paragraph>
          This {kind} has no owner in the catalog, so there is no team to ask.
        </Typography>
      )}
    </InfoCard>
  );
};
