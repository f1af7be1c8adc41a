import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useDeskPlaybooks } from '../../../hooks/useDeskPlaybooks';
import { useReadinessPermissions } from '../../../hooks/useReadinessPermissions';
import { formatInViewerZone } from '../../../time';
import { OpenActions } from '../OpenActions';
import { CurrentTurn } from './CurrentTurn';
import { EndReminder } from './EndReminder';
import { NoteColumns } from './NoteColumns';
import { PassTheHat } from './PassTheHat';
import { Retrospective } from './Retrospective';
import { usePeopleNames } from './usePeopleNames';
import { useWorkshopRecord } from './useWorkshopRecord';

/**
 * A workshop's room, the one screen the room shares: open actions before
 * the first draw, pass the hat, the card drawn with its timer and the
 * scribe box, the three columns of notes, the 15-minute reminder; and the
 * retrospective of the whole workshop.
 */
export const WorkshopRoom = () => {
  const params = useParams();
  const teamRef = stringifyEntityRef({
    kind: 'group',
    namespace: params.namespace!,
    name: params.name!,
  });
  const record = useWorkshopRecord(teamRef, params.id!);
  const { mayUpdate } = useReadinessPermissions(teamRef);
  const { members, nameOf } = usePeopleNames(teamRef);
  const playbooks = useDeskPlaybooks(teamRef).value ?? [];
  const [view, setView] = useState<'room' | 'retrospective'>('room');
  if (record.error) {
    return <ResponseErrorPanel error={record.error} />;
  }
  if (!record.value) {
    return <Progress />;
  }
  const { workshop, turns, scenarios } = record.value;
  const turn = turns[turns.length - 1];
  return (
    <Content noPadding>
      <ContentHeader
        title={`Workshop, ${formatInViewerZone(workshop.startsAt)}`}
        description={`${
          workshop.durationMinutes
        } minutes, facilitated by ${nameOf(workshop.facilitatorRef)}`}
      />
      <Tabs
        value={view}
        onChange={(_event, value) => setView(value)}
        indicatorColor="primary"
        aria-label="Workshop views"
      >
        <Tab value="room" label="Room" />
        <Tab value="retrospective" label="Retrospective" />
      </Tabs>
      <Box mt={2}>
        {view === 'retrospective' ? (
          <Retrospective
            record={record.value}
            playbooks={playbooks}
            nameOf={nameOf}
            mayUpdate={mayUpdate}
            onChanged={record.retry}
          />
        ) : (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <EndReminder endsAt={workshop.endsAt} />
            </Grid>
            {turns.length === 0 && (
              <Grid item xs={12}>
                <InfoCard title="Open actions from earlier workshops">
                  <OpenActions teamRef={teamRef} mayUpdate={mayUpdate} />
                </InfoCard>
              </Grid>
            )}
            <Grid item xs={12}>
              <InfoCard title="Pass the hat">
                <PassTheHat
                  teamRef={teamRef}
                  record={record.value}
                  nameOf={nameOf}
                  mayDraw={mayUpdate}
                  onDrawn={record.retry}
                />
              </InfoCard>
            </Grid>
            {turn && (
              <Grid item xs={12}>
                <CurrentTurn
                  teamRef={teamRef}
                  turn={turn}
                  scenario={scenarios.find(one => one.id === turn.scenarioId)}
                  participantName={nameOf(turn.participantRef)}
                  mayWrite={mayUpdate}
                  onEnded={record.retry}
                />
              </Grid>
            )}
            <Grid item xs={12}>
              <Typography variant="h5" component="h2" gutterBottom>
                {turn
                  ? `Notes on ${nameOf(turn.participantRef)}’s turn`
                  : 'Notes on the workshop'}
              </Typography>
              <NoteColumns
                teamRef={teamRef}
                record={record.value}
                turnId={turn?.id ?? null}
                playbooks={playbooks}
                members={members}
                nameOf={nameOf}
                mayWrite={mayUpdate}
                onChanged={record.retry}
              />
            </Grid>
          </Grid>
        )}
      </Box>
    </Content>
  );
};
