import { alpha, makeStyles } from '@material-ui/core/styles';
import { HighlightPart } from '@zooport/plugin-zooport-common';

const useStyles = makeStyles(theme => ({
  match: {
    backgroundColor: alpha(theme.palette.warning.main, 0.35),
    color: 'inherit',
    borderRadius: 2,
    padding: '0 1px',
  },
}));

/**
 * A text with the words a search found marked. The parts are text, never
 * HTML: an entry's title cannot inject markup.
 */
export const Highlighted = ({ parts }: { parts: HighlightPart[] }) => {
  const classes = useStyles();
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className={classes.match}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
};
