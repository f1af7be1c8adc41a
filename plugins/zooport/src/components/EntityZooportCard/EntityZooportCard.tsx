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
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { useDeskOnDuty } from '../../hooks/useDeskOnDuty';
import { DeskAnimal } from '../DeskAnimal';
import { OnDutyList } from '../OnDutyList';
import { RequestDialog } from '../RequestDialog';

const OwnerDesk = (props: { ownerRef: string; entityRef: string }) => {
  const { ownerRef, entityRef } = props;
  const { value, loading, error } = useDeskOnDuty(ownerRef);
  const [asking, setAsking] = useState(false);
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
      <Box mt={2}>
        <Typography variant="subtitle2">On duty now</Typography>
        <OnDutyList members={value.onDuty?.onDuty ?? []} />
      </Box>
      <Box mt={2}>
        <Button
          variant="contained"
          color="primary"
          onClick={() => setAsking(true)}
        >
          Request support
        </Button>
      </Box>
      {/* Mounted per opening: every opening is a fresh form and idempotency key. */}
      {asking && (
        <RequestDialog
          desk={value.desk}
          entityRef={entityRef}
          onClose={() => setAsking(false)}
        />
      )}
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
