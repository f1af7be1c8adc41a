import { Link, MarkdownContent } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { ScenarioInput } from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { useDeskPlaybooks } from '../../../hooks/useDeskPlaybooks';
import { entryRouteRef } from '../../../routes';
import { FacilitatorNotes } from './FacilitatorNotes';

const Section = (props: { title: string; children: ReactNode }) => (
  <Box component="section" mt={2}>
    <Typography variant="h6" component="h3" gutterBottom>
      {props.title}
    </Typography>
    {props.children}
  </Box>
);

/**
 * What a scenario says: what happens, the evidence (markdown, through
 * `MarkdownContent`), its links and playbooks, and the facilitator's
 * notes behind a reveal unless `showNotes`.
 */
export const ScenarioContent = (props: {
  teamRef: string;
  scenario: ScenarioInput;
  showNotes?: boolean;
}) => {
  const { teamRef, scenario, showNotes } = props;
  const entryLink = useRouteRef(entryRouteRef);
  const playbooks = useDeskPlaybooks(teamRef);
  const named = (playbooks.value ?? []).filter(playbook =>
    scenario.playbookIds.includes(playbook.id),
  );
  return (
    <>
      <Box display="flex" style={{ gap: 4 }}>
        <Chip size="small" label={`Difficulty: ${scenario.difficulty}`} />
        {scenario.draft && (
          <Chip size="small" variant="outlined" label="Draft" />
        )}
      </Box>
      <Section title="What happens">
        <MarkdownContent content={scenario.opening} />
      </Section>
      {scenario.evidence.trim() && (
        <Section title="Evidence">
          <MarkdownContent content={scenario.evidence} />
        </Section>
      )}
      {scenario.links.length > 0 && (
        <Section title="Links">
          {scenario.links.map(link => (
            <Typography key={link.url}>
              <Link to={link.url}>{link.title}</Link>
            </Typography>
          ))}
        </Section>
      )}
      {named.length > 0 && (
        <Section title="Playbooks that should help">
          {named.map(playbook => (
            <Typography key={playbook.id}>
              <Link to={entryLink({ id: playbook.id })}>{playbook.title}</Link>
            </Typography>
          ))}
        </Section>
      )}
      <FacilitatorNotes notes={scenario.facilitatorNotes} shown={showNotes} />
    </>
  );
};
