import { Link, MarkdownContent } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EntryInput } from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(3) },
  step: { marginBottom: theme.spacing(1.5) },
}));

const Section = (props: { title: string; children: ReactNode }) => (
  <Box component="section" mt={2}>
    <Typography variant="h6" component="h3" gutterBottom>
      {props.title}
    </Typography>
    {props.children}
  </Box>
);

/**
 * What an entry says: the answer, or for a playbook when to use it, its
 * steps in order, severity hints and links. Markdown goes through
 * `MarkdownContent`, which runs no scripts.
 */
export const EntryContent = ({ content }: { content: EntryInput }) => {
  const classes = useStyles();
  const { kind, body, steps, severityHints, links } = content;
  return (
    <>
      {body.trim() &&
        (kind === 'playbook' ? (
          <Section title="When to use it">
            <MarkdownContent content={body} />
          </Section>
        ) : (
          <MarkdownContent content={body} />
        ))}
      {steps.length > 0 && (
        <Section title="Steps">
          <ol className={classes.list}>
            {steps.map((step, index) => (
              <li key={index} className={classes.step}>
                <Typography variant="subtitle1">{step.title}</Typography>
                {step.body.trim() && <MarkdownContent content={step.body} />}
              </li>
            ))}
          </ol>
        </Section>
      )}
      {severityHints.length > 0 && (
        <Section title="Severity">
          <ul className={classes.list}>
            {severityHints.map(hint => (
              <li key={hint}>
                <Typography>{hint}</Typography>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {links.length > 0 && (
        <Section title="Links">
          <ul className={classes.list}>
            {links.map(link => (
              <li key={link.url}>
                <Link to={link.url}>{link.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
};
