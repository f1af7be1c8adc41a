import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ZooDesk } from '@zooport/plugin-zooport-common';
import { formatInViewerZone } from '../../../time';
import { RequestSupportButton } from '../../requests/RequestDialog';
import { DeskAnimal } from '../DeskAnimal';
import { OnDutyList } from '../OnDutyList';

/**
 * One desk of the zoo: its animal, its team, who is on duty, and a way to
 * ask it for support.
 */
export const ZooDeskCard = ({ desk }: { desk: ZooDesk }) => (
  <InfoCard
    title={<DeskAnimal animal={desk.animal} />}
    subheader={<EntityRefLink entityRef={desk.teamRef} defaultKind="group" />}
    actions={
      <RequestSupportButton
        teamRef={desk.teamRef}
        animal={desk.animal}
        variant="outlined"
      />
    }
  >
    {desk.until || desk.onDuty.length > 0 ? (
      <>
        <OnDutyList members={desk.onDuty} observers={desk.observers} />
        {desk.until && (
          <Box mt={1}>
            <Typography variant="body2" color="textSecondary">
              Until {formatInViewerZone(desk.until)}
            </Typography>
          </Box>
        )}
      </>
    ) : (
      <Typography color="textSecondary">No rotation yet.</Typography>
    )}
  </InfoCard>
);
