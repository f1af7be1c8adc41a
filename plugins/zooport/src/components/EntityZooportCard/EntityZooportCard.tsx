import { InfoCard } from '@backstage/core-components';
import { RELATION_OWNED_BY } from '@backstage/catalog-model';
import {
  EntityRefLink,
  getEntityRelations,
  useEntity,
} from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { BackendStatus } from '../BackendStatus';

/** The request-support card on a component page, routed to the owner's desk. */
export const EntityZooportCard = () => {
  const { entity } = useEntity();
  const [owner] = getEntityRelations(entity, RELATION_OWNED_BY);
  return (
    <InfoCard title="Request support">
      {owner ? (
        <Typography paragraph>
          Support for this {entity.kind.toLocaleLowerCase('en-US')} comes from{' '}
          <EntityRefLink entityRef={owner} />.
        </Typography>
      ) : (
        <Typography paragraph>
          This {entity.kind.toLocaleLowerCase('en-US')} has no owner in the
          catalog, so there is no team to ask.
        </Typography>
      )}
      <BackendStatus />
    </InfoCard>
  );
};
