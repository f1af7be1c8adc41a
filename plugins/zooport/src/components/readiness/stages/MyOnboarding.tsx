import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { entryRouteRef } from '../../../routes';
import { formatInViewerZone } from '../../../time';
import { stageLabels } from './stageLabels';

/**
 * The viewer's onboarding: at each desk where they are not ready yet,
 * their stage and the desk's playbooks to read first, linked. Nothing for
 * someone ready everywhere, nor while loading or when it fails: it adds to
 * the duty around it.
 */
export const MyOnboarding = () => {
  const zooportApi = useApi(zooportApiRef);
  const entryLink = useRouteRef(entryRouteRef);
  const { value } = useAsync(() => zooportApi.getMyReadiness(), [zooportApi]);
  if (!value || value.desks.length === 0) {
    return null;
  }
  return (
    <Box mb={2}>
      {value.desks.map(desk => (
        <Alert key={desk.teamRef} severity="info" style={{ marginBottom: 8 }}>
          <Typography variant="body2">
            You are in the {stageLabels[desk.stage]} stage at{' '}
            <EntityRefLink entityRef={desk.teamRef} defaultKind="group" /> since{' '}
            {formatInViewerZone(desk.since)}.
            {desk.playbooks.length > 0 && ' Read first:'}
          </Typography>
          {desk.playbooks.length > 0 && (
            <ul
              aria-label={`Playbooks to read first at ${desk.teamRef}`}
              style={{ margin: 0, paddingLeft: 16 }}
            >
              {desk.playbooks.map(playbook => (
                <li key={playbook.id}>
                  <Link to={entryLink({ id: playbook.id })} underline="always">
                    {playbook.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      ))}
    </Box>
  );
};
