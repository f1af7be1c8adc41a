import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { useDeskAnimals } from '../../../hooks/useDeskAnimals';
import { rootRouteRef } from '../../../routes';
import { RequestList } from '../RequestList';
import { Loaded, NothingYet } from '../WidgetStates';
import { useMyRequests } from './useMyRequests';

/** How many requests the card lists; the queue has them all. */
const SHOWN = 8;

/**
 * The requests the viewer filed, open ones first, each with its status and
 * the state of its SLA.
 */
export const MyRequests = () => {
  const state = useMyRequests(SHOWN);
  const { animalOf } = useDeskAnimals();
  const rootLink = useRouteRef(rootRouteRef);
  return (
    <Loaded state={state}>
      {requests =>
        requests.length === 0 ? (
          <NothingYet to={rootLink()} action="ask an animal in the zoo">
            You have filed no support requests yet. When you need help,
          </NothingYet>
        ) : (
          <>
            <RequestList
              requests={requests}
              label="Your requests"
              animalOf={animalOf}
            />
            <Box mt={1}>
              <Link
                to={`${rootLink()}/requests?queue=requested`}
                underline="always"
              >
                All your requests
              </Link>
            </Box>
          </>
        )
      }
    </Loaded>
  );
};
