import { parseEntityRef } from '@backstage/catalog-model';
import { CopyTextButton, InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/Edit';
import { Desk } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { useMayUpdateDesk } from '../../../hooks/useMayUpdateDesk';
import { DeskAnimal } from '../../desks/DeskAnimal';
import { SupportHoursNote } from '../../desks/DeskSchedule';
import { DeskProfileEditor } from '../../desks/editors/DeskProfileEditor';
import { SlackUserGroupNote } from '../../desks/SlackUserGroupNote';
import { rootRouteRef } from '../../../routes';
import { RequestSupportButton } from '../../requests/RequestDialog';

/** The desk's ask link, to pin in chat topics and docs, with a copy button. */
const AskLinkNote = (props: { teamRef: string }) => {
  const zooLink = useRouteRef(rootRouteRef);
  const path = `${zooLink()}/ask/${parseEntityRef(props.teamRef).name}`;
  return (
    <Box mt={1} display="flex" alignItems="center">
      <Typography variant="body2" color="textSecondary">
        Link to ask this desk: <Link to={path}>{path}</Link>
      </Typography>
      <CopyTextButton
        text={`${window.location.origin}${path}`}
        tooltipText="Link copied"
        aria-label="Copy the link to ask this desk"
      />
    </Box>
  );
};

/**
 * The desk as people meet it: animal, hours, what it helps with, topics,
 * its ask link, channels and links. Its team and Zooport admins edit it from here.
 */
export const DeskProfileCard = (props: {
  desk: Desk;
  teamName: string;
  onChanged: () => void;
  /** After someone filed a request with the desk from here. */
  onFiled: () => void;
}) => {
  const { desk, teamName, onChanged, onFiled } = props;
  const mayEdit = useMayUpdateDesk(desk.teamRef);
  const [editing, setEditing] = useState(false);
  return (
    <InfoCard
      title={`${teamName} support desk`}
      action={
        mayEdit && (
          <Box mt={1}>
            <Button
              color="primary"
              startIcon={<EditIcon />}
              onClick={() => setEditing(true)}
            >
              Edit desk
            </Button>
          </Box>
        )
      }
    >
      <DeskAnimal animal={desk.animal} size="large" />
      <Box mt={1}>
        <SupportHoursNote hours={desk.hours} />
      </Box>
      {desk.helpsWith && (
        <Box mt={2}>
          <Typography>{desk.helpsWith}</Typography>
        </Box>
      )}
      <Box mt={2}>
        {desk.topics.map(topic => (
          <Chip key={topic} size="small" label={topic} style={{ margin: 2 }} />
        ))}
      </Box>
      <Box mt={2}>
        <RequestSupportButton desk={desk} onFiled={onFiled} />
      </Box>
      <AskLinkNote teamRef={desk.teamRef} />
      <SlackUserGroupNote desk={desk} />
      {desk.channels.map((channel, index) => (
        // Nothing makes channel names unique.
        <Box mt={1} key={`${index}:${channel.name}`}>
          {channel.url ? (
            <Link to={channel.url}>{channel.name}</Link>
          ) : (
            <Typography>{channel.name}</Typography>
          )}
        </Box>
      ))}
      {desk.links.map((link, index) => (
        <Box mt={1} key={`${index}:${link.url}`}>
          <Link to={link.url}>{link.title}</Link>
        </Box>
      ))}
      {editing && (
        <DeskProfileEditor
          desk={desk}
          onClose={() => setEditing(false)}
          onChanged={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </InfoCard>
  );
};
