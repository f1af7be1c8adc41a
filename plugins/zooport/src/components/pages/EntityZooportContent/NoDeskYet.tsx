import { EmptyState } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { useMayUpdateDesk } from '../../../hooks/useMayUpdateDesk';
import { DeskProfileEditor } from '../../desks/editors/DeskProfileEditor';
import { newDeskFor } from './newDesk';

/** The ways to open a desk besides this tab, for those who configure. */
const OtherWays = () => (
  <Typography variant="body2" color="textSecondary" component="span">
    A <code>zooport.dev/animal</code> annotation on the group in the catalog
    also gives it a desk (weekday hours, no rotation), and so does{' '}
    <code>PUT /api/zooport/desks/&lt;namespace&gt;/&lt;name&gt;</code>, as the
    Zooport backend's README describes.
  </Typography>
);

/**
 * A team without a support desk: who may open one, and for them the form
 * that opens it.
 */
export const NoDeskYet = (props: {
  teamRef: string;
  teamName: string;
  /** After the desk was opened. */
  onOpened: () => void;
}) => {
  const { teamRef, teamName, onOpened } = props;
  const mayOpen = useMayUpdateDesk(teamRef);
  const [opening, setOpening] = useState(false);
  return (
    <>
      <EmptyState
        missing="data"
        title={`${teamName} has no support desk yet`}
        description={
          <>
            <Typography component="span" display="block" paragraph>
              A desk gives the team an animal people know it by, support hours,
              a rotation of who is on duty and a queue of requests. Opening one
              takes the <code>zooport.desk.update</code> permission on the team:
              the team's members and Zooport admins have it.{' '}
              {mayOpen
                ? 'You may open it: name its animal and hours; the rotation comes after, on the schedule.'
                : `Ask someone in ${teamName} or a Zooport admin to open it here; until then, ask the team directly.`}
            </Typography>
            <OtherWays />
          </>
        }
        action={
          mayOpen ? (
            <Box>
              <Button
                variant="contained"
                color="primary"
                onClick={() => setOpening(true)}
              >
                Open a support desk
              </Button>
            </Box>
          ) : undefined
        }
      />
      {opening && (
        <DeskProfileEditor
          desk={newDeskFor(teamRef)}
          title={`Open a support desk for ${teamName}`}
          onClose={() => setOpening(false)}
          onChanged={() => {
            setOpening(false);
            onOpened();
          }}
        />
      )}
    </>
  );
};
