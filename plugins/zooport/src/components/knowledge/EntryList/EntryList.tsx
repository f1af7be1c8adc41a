import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  DeskAnimal,
  EntrySearchHit,
  HighlightPart,
} from '@zooport/plugin-zooport-common';
import { animalLabel, entryKindLabels } from '../../../labels';
import { entryRouteRef } from '../../../routes';
import { Highlighted } from '../Highlighted';

/** An entry as lists show it; search hits add the words they matched. */
export interface EntryListItem {
  entry: EntrySearchHit['entry'];
  highlights?: EntrySearchHit['highlights'];
}

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  stale: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.text.primary,
  },
}));

/**
 * Excerpts come from the markdown as typed; emphasis and code marks would
 * read as noise there.
 */
function withoutMarkdownMarks(parts: HighlightPart[]): HighlightPart[] {
  return parts.map(part => ({
    ...part,
    text: part.text.replace(/\*\*|__|`/g, ''),
  }));
}

const EntryRow = (props: {
  item: EntryListItem;
  animal?: DeskAnimal;
  compact?: boolean;
  excerpts: boolean;
  linkTarget?: string;
}) => {
  const { item, animal, compact, excerpts, linkTarget } = props;
  const { entry, highlights } = item;
  const classes = useStyles();
  const entryLink = useRouteRef(entryRouteRef);
  const excerpt = (excerpts && highlights?.body) || [];
  const chips = (
    <Box className={classes.row}>
      <Chip size="small" label={entryKindLabels[entry.kind]} />
      {animal && (
        <Chip size="small" variant="outlined" label={animalLabel(animal)} />
      )}
      {entry.stale && (
        <Chip
          size="small"
          variant="outlined"
          className={classes.stale}
          label="Due for review"
        />
      )}
      {!compact &&
        entry.tags.map(tag => (
          <Chip key={tag} size="small" variant="outlined" label={tag} />
        ))}
    </Box>
  );
  return (
    <ListItem divider disableGutters>
      <Box width="100%">
        <Box className={classes.row}>
          <Typography variant={compact ? 'body1' : 'subtitle1'}>
            <Link to={entryLink({ id: entry.id })} target={linkTarget}>
              {highlights ? (
                <Highlighted parts={highlights.title} />
              ) : (
                entry.title
              )}
            </Link>
          </Typography>
          {compact && chips}
        </Box>
        {excerpt.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            <Highlighted parts={withoutMarkdownMarks(excerpt)} />
          </Typography>
        )}
        {!compact && <Box mt={0.5}>{chips}</Box>}
      </Box>
    </ListItem>
  );
};

/**
 * Entries linking to their pages: kind, desk animal, whether they are due
 * for a review and tags; search hits with their matched words marked and
 * an excerpt. `compact` leaves the tags out and puts the rest beside the
 * title, for suggestions; `excerpts={false}` keeps to the titles.
 */
export const EntryList = (props: {
  items: EntryListItem[];
  animalOf?: (teamRef: string) => DeskAnimal | undefined;
  compact?: boolean;
  excerpts?: boolean;
  /** E.g. `_blank`, so that a form being filled stays open. */
  linkTarget?: string;
}) => {
  const { items, animalOf, compact, excerpts = true, linkTarget } = props;
  return (
    <List disablePadding dense={compact}>
      {items.map(item => (
        <EntryRow
          key={item.entry.id}
          item={item}
          animal={animalOf?.(item.entry.teamRef)}
          compact={compact}
          excerpts={excerpts}
          linkTarget={linkTarget}
        />
      ))}
    </List>
  );
};
