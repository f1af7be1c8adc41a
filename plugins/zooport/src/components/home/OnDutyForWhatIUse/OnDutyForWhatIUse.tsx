import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { DeskAnimal } from '../../desks/DeskAnimal';
import { OnDutyList } from '../../desks/OnDutyList';
import { rootRouteRef } from '../../../routes';
import { Loaded, NothingYet } from '../WidgetStates';
import { DeskIUse } from './desksIUse';
import { useDesksIUse } from './useDesksIUse';

function entityName(ref: string): string {
  return humanizeEntityRef(parseEntityRef(ref), { defaultKind: 'component' });
}

/** Why the desk is in the list, e.g. "Owns 3 of your entities". */
function reasonOf(use: DeskIUse): string {
  const reasons = [];
  if (use.owned.length > 0) {
    reasons.push(
      use.owned.length === 1
        ? `Owns your ${entityName(use.owned[0])}`
        : `Owns ${use.owned.length} of your entities`,
    );
  }
  if (use.starred.length > 0) {
    reasons.push(`you starred ${use.starred.map(entityName).join(', ')}`);
  }
  const text = reasons.join('; ');
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}

const DeskRow = ({ use }: { use: DeskIUse }) => {
  const rootLink = useRouteRef(rootRouteRef);
  const { desk } = use;
  const team = parseEntityRef(desk.teamRef).name;
  return (
    <ListItem disableGutters divider>
      <Box
        display="flex"
        flexWrap="wrap"
        justifyContent="space-between"
        alignItems="center"
        width="100%"
      >
        <Box mr={2} mb={1}>
          <DeskAnimal animal={desk.animal} />
          <Typography variant="body2" color="textSecondary">
            {reasonOf(use)} ·{' '}
            <Link to={`${rootLink()}/ask/${team}`} underline="always">
              Ask the {desk.animal.name}
            </Link>
          </Typography>
        </Box>
        <OnDutyList members={desk.onDuty} />
      </Box>
    </ListItem>
  );
};

/**
 * The desks behind what the viewer uses (the entities they or their teams
 * own, and the ones they starred), each with its animal and who is on duty
 * there now.
 */
export const OnDutyForWhatIUse = () => {
  const state = useDesksIUse();
  const rootLink = useRouteRef(rootRouteRef);
  return (
    <Loaded state={state}>
      {uses =>
        uses.length === 0 ? (
          <NothingYet to={rootLink()} action="find a desk in the zoo">
            No team with a support desk owns your entities or the ones you
            starred. Star the components you use in the catalog, or
          </NothingYet>
        ) : (
          <List dense disablePadding aria-label="Desks for what you use">
            {uses.map(use => (
              <DeskRow key={use.desk.teamRef} use={use} />
            ))}
          </List>
        )
      }
    </Loaded>
  );
};
