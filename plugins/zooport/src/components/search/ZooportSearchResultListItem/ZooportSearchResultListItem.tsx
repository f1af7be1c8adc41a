import { Link } from '@backstage/core-components';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  ZooportEntrySearchFields,
  ZooportRequestSearchFields,
} from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { entryKindLabels, labelOf } from '../../../labels';
import { DeskAnimal } from '../../desks/DeskAnimal';

type ZooportDocument = SearchDocument &
  Partial<ZooportEntrySearchFields> &
  Partial<ZooportRequestSearchFields>;

/** What a document is, as chips say it: "FAQ", or "Request" and its status. */
function kindLabels(document: ZooportDocument): string[] {
  if (document.status) {
    return ['Request', labelOf(document.status)];
  }
  return document.kind ? [entryKindLabels[document.kind]] : [];
}

/** The title or text of a result, with the words the search found marked. */
const Highlightable = (props: {
  field: 'title' | 'text';
  document: ZooportDocument;
  highlight?: ResultHighlight;
}) => {
  const { field, document, highlight } = props;
  const highlighted = highlight?.fields[field];
  return highlighted ? (
    <HighlightedSearchResultText
      text={highlighted}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    <>{document[field]}</>
  );
};

/** @public */
export interface ZooportSearchResultListItemProps {
  /** A `zooport-entry` or `zooport-request` document. */
  result?: SearchDocument;
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** How many lines of the text show; 3 unless told. */
  lineClamp?: number;
}

/**
 * A Zooport document in the search results: its title linked to the
 * Zooport page, the desk's animal and team, what kind it is (FAQ,
 * playbook, or request with its status) and the text that matched.
 *
 * @public
 */
export const ZooportSearchResultListItem = (
  props: ZooportSearchResultListItemProps,
) => {
  const { result, highlight, icon, lineClamp = 3 } = props;
  if (!result) {
    return null;
  }
  const document: ZooportDocument = result;
  return (
    <>
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <ListItemText
        primaryTypographyProps={{ variant: 'h6' }}
        primary={
          <Link noTrack to={document.location}>
            <Highlightable
              field="title"
              document={document}
              highlight={highlight}
            />
          </Link>
        }
        // The search page lays the results on the page's grey, where the
        // secondary text colour is too faint.
        secondaryTypographyProps={{ component: 'div', color: 'textPrimary' }}
        secondary={
          <>
            <Box
              display="flex"
              alignItems="center"
              flexWrap="wrap"
              gridGap={12}
              my={1}
            >
              {document.animal && (
                <DeskAnimal
                  animal={{
                    name: document.animal,
                    emoji: document.animalEmoji,
                    colour: document.animalColour,
                  }}
                />
              )}
              {document.teamTitle && (
                <Typography variant="body2">{document.teamTitle}</Typography>
              )}
              {kindLabels(document).map(label => (
                <Chip key={label} size="small" label={label} />
              ))}
            </Box>
            <Typography
              component="span"
              variant="body2"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: lineClamp,
                overflow: 'hidden',
              }}
            >
              <Highlightable
                field="text"
                document={document}
                highlight={highlight}
              />
            </Typography>
          </>
        }
      />
    </>
  );
};
