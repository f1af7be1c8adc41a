import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MyShift } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useDeskFigures } from '../../../hooks/useDeskFigures';
import { useNow } from '../../../hooks/useNow';
import { animalLabel } from '../../../labels';
import { rootRouteRef } from '../../../routes';
import { formatInViewerZone } from '../../../time';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(3) },
  item: { marginBottom: theme.spacing(1) },
}));

/** The figures' period; the checklist reads only their counts as of now. */
const FIGURE_DAYS = 30;

function pressingText(atRisk: number, breached: number): string {
  if (atRisk === 0 && breached === 0) {
    return 'None is at risk or breached right now.';
  }
  return `Right now ${atRisk} at risk and ${breached} breached; the queue shows them first.`;
}

/**
 * What to read before a shift at a desk: its open requests, the pressing
 * ones first, and its playbooks.
 */
export const HandoffChecklist = ({ shift }: { shift: MyShift }) => {
  const classes = useStyles();
  const rootLink = useRouteRef(rootRouteRef);
  const figures = useDeskFigures(shift.teamRef, FIGURE_DAYS).value;
  const deskParam = new URLSearchParams({ desk: shift.teamRef });
  const queueLink = `${rootLink()}/requests?queue=desks&${deskParam}`;
  const playbooksLink = `${rootLink()}/knowledge?${deskParam}&kind=playbook`;
  const now = useNow();
  const onNow = DateTime.fromISO(shift.start) <= now;
  const desk = `the ${animalLabel(shift.animal)} desk`;
  return (
    <>
      <Typography>
        {onNow
          ? `You are on duty at ${desk} until ${formatInViewerZone(
              shift.end,
            )}. Keep up with:`
          : `Your next shift is at ${desk} from ${formatInViewerZone(
              shift.start,
            )}. Before you take over:`}
      </Typography>
      <ol className={classes.list}>
        <li className={classes.item}>
          <Link to={queueLink} underline="always">
            Read the open requests of the desk
          </Link>
          {figures && ` (${figures.open} open now)`}.
        </li>
        <li className={classes.item}>
          Deal with the pressing ones first.{' '}
          {figures && pressingText(figures.atRisk, figures.breached)}
        </li>
        <li className={classes.item}>
          <Link to={playbooksLink} underline="always">
            Read the desk's playbooks
          </Link>
          , so that you know what to do when something breaks.
        </li>
      </ol>
    </>
  );
};
