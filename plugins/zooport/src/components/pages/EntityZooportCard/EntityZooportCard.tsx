import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  parseEntityRef,
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
import { usePawTabLink } from '../../../hooks/usePawTabLink';
import { DeskAnimal } from '../../desks/DeskAnimal';
import { SupportHoursNote } from '../../desks/DeskSchedule';
import { OnDutyList } from '../../desks/OnDutyList';
import { RequestSupportButton } from '../../requests/RequestDialog';

/** Whom to ask when the owner has no desk, and where a team opens one. */
const NoDesk = (props: { ownerRef: string }) => {
  const { ownerRef } = props;
  const pawTabLink = usePawTabLink();
  if (parseEntityRef(ownerRef).kind.toLocaleLowerCase('en-US') !== 'group') {
    return (
      <Typography color="textSecondary">
        <EntityRefLink entityRef={ownerRef} /> is a person, not a team with a
        support desk; ask them directly.
      </Typography>
    );
  }
  return (
    <Typography color="textSecondary">
      <EntityRefLink entityRef={ownerRef} /> has no support desk yet; ask the
      team directly. The team can open one on its{' '}
      <Link to={pawTabLink(ownerRef)}>Zooport tab</Link>.
    </Typography>
  );
};

/** An entity's kind in running text: "component", but "API". */
function kindInText(kind: string): string {
  return kind === kind.toLocaleUpperCase('en-US')
    ? kind
    : kind.toLocaleLowerCase('en-US');
}

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
    return <NoDesk ownerRef={ownerRef} />;
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

/**
 * The request-support card on the page of an entity with an owner (a
 * component, API, resource, system, …), routed to the owner's desk with the
 * entity attached to the request.
 */
export const EntityZooportCard = () => {
  const { entity } = useEntity();
  const [owner] = getEntityRelations(entity, RELATION_OWNED_BY);
  const kind = kindInText(entity.kind);
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
