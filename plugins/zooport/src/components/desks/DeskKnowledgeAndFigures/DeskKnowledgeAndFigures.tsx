import { useRouteRef } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useEntryPermissions } from '../../../hooks/useEntryPermissions';
import { entryRouteRef } from '../../../routes';
import { EntryDialog } from '../../knowledge/EntryDialog';
import { DeskEntriesCard } from './DeskEntriesCard';
import { DeskFiguresCard } from './DeskFiguresCard';
import { FaqCandidatesCard } from './FaqCandidatesCard';

/**
 * The paw tab's lower half, as items of its grid: the desk's key figures,
 * its FAQ entries and playbooks, and the questions that keep coming back.
 * Those who may write the desk's entries start new ones here, blank or
 * asking a recurring question; the new entry's page opens once saved.
 */
export const DeskKnowledgeAndFigures = ({ teamRef }: { teamRef: string }) => {
  const { mayUpdate } = useEntryPermissions(teamRef);
  const navigate = useNavigate();
  const entryLink = useRouteRef(entryRouteRef);
  // The question the new entry starts with; undefined while no dialog is open.
  const [newEntryTitle, setNewEntryTitle] = useState<string>();
  return (
    <>
      <Grid item xs={12}>
        <DeskFiguresCard teamRef={teamRef} />
      </Grid>
      <Grid item xs={12} md={7}>
        <DeskEntriesCard
          teamRef={teamRef}
          onNewEntry={mayUpdate ? () => setNewEntryTitle('') : undefined}
        />
      </Grid>
      <Grid item xs={12} md={5}>
        <FaqCandidatesCard
          teamRef={teamRef}
          onNewEntry={mayUpdate ? setNewEntryTitle : undefined}
        />
      </Grid>
      {newEntryTitle !== undefined && (
        <EntryDialog
          teamRef={teamRef}
          title={newEntryTitle}
          onSaved={entry => navigate(entryLink({ id: entry.id }))}
          onClose={() => setNewEntryTitle(undefined)}
        />
      )}
    </>
  );
};
