import { WarningPanel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { desksCalled } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useDeskAnimals } from '../../../hooks/useDeskAnimals';
import { rootRouteRef } from '../../../routes';
import { TeamRequestDialog } from '../../requests/RequestDialog';
import { deskLabel } from '../../requests/RequestsView/deskLabel';
import { Zoo } from '../Zoo';

/** A name from the address, with `%20` and the like read as what they stand for. */
function decoded(who: string): string {
  try {
    return decodeURIComponent(who);
  } catch {
    return who;
  }
}

/**
 * `/zooport/ask/<animal or team>`: a link to pin in chat topics and docs
 * that opens the request dialog of the desk it names, over the zoo. A name
 * no desk answers to, or several do, says so above the zoo, where the
 * person picks the desk.
 */
export const AskLink = () => {
  const who = decoded(useParams().who ?? '');
  const navigate = useNavigate();
  const zooLink = useRouteRef(rootRouteRef);
  const { desks, loading, error } = useDeskAnimals();
  const [asking, setAsking] = useState(true);
  const named = desksCalled(desks, who);
  const close = () => {
    setAsking(false);
    navigate(zooLink());
  };
  const ready = !loading && !error;
  return (
    <>
      {ready && named.length === 0 && (
        <Box mb={3}>
          <WarningPanel
            severity="info"
            defaultExpanded
            title={`No desk answers to “${who}”`}
            message="Find the team that helps with your question below, by its animal or its name."
          />
        </Box>
      )}
      {ready && asking && named.length === 1 && (
        <TeamRequestDialog teamRef={named[0].teamRef} onClose={close} />
      )}
      {ready && named.length > 1 && (
        <Box mb={3}>
          <WarningPanel
            severity="info"
            defaultExpanded
            title={`Several desks answer to “${decodeURIComponent(who)}”`}
            message={`Ask the one that helps with your question below: ${named
              .map(deskLabel)
              .join(', ')}.`}
          />
        </Box>
      )}
      <Zoo />
    </>
  );
};
