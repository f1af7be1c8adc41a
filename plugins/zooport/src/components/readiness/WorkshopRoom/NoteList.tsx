import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Entry, Scenario, WorkshopNote } from '@zooport/plugin-zooport-common';
import { entryRouteRef } from '../../../routes';

/** A column's notes, each with who wrote it and what it links. */
export const NoteList = (props: {
  notes: WorkshopNote[];
  scenarios: Scenario[];
  playbooks: Entry[];
  nameOf: (userRef: string) => string;
  label: string;
}) => {
  const { notes, scenarios, playbooks, nameOf, label } = props;
  const entryLink = useRouteRef(entryRouteRef);
  const linked = (note: WorkshopNote) => {
    if (note.link?.kind === 'scenario') {
      const title = scenarios.find(one => one.id === note.link!.id)?.title;
      return title ? ` · on “${title}”` : null;
    }
    if (note.link?.kind === 'playbook') {
      const playbook = playbooks.find(one => one.id === note.link!.id);
      return (
        <>
          {' · '}
          <Link to={entryLink({ id: note.link.id })}>
            {playbook?.title ?? 'a playbook'}
          </Link>
        </>
      );
    }
    return null;
  };
  if (notes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing yet.
      </Typography>
    );
  }
  return (
    <List dense aria-label={label}>
      {notes.map(note => (
        <ListItem key={note.id} divider disableGutters>
          <ListItemText
            style={{ overflowWrap: 'anywhere' }}
            primary={note.text}
            secondary={
              <>
                {nameOf(note.authorRef)}
                {linked(note)}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
};
