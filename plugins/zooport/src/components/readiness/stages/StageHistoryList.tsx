import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { formatInViewerZone } from '../../../time';
import { stageLabels } from './stageLabels';

/** A person's stage changes, oldest first, with who made each. */
export const StageHistoryList = (props: {
  teamRef: string;
  userRef: string;
  /** Changes when the stage changes, so the list reads again. */
  since: string | null;
}) => {
  const { teamRef, userRef, since } = props;
  const zooportApi = useApi(zooportApiRef);
  const state = useAsync(
    () => zooportApi.getStageHistory(teamRef, userRef),
    [zooportApi, teamRef, userRef, since],
  );
  if (state.error) {
    return <ResponseErrorPanel error={state.error} />;
  }
  if (!state.value) {
    return <Progress />;
  }
  if (state.value.changes.length === 0) {
    return <p>Never staged: counts as ready.</p>;
  }
  return (
    <ol aria-label="Stage history">
      {state.value.changes.map(change => (
        <li key={change.changedAt}>
          {stageLabels[change.stage]} from{' '}
          {formatInViewerZone(change.changedAt)}, by{' '}
          <EntityRefLink entityRef={change.changedBy} defaultKind="user" />
        </li>
      ))}
    </ol>
  );
};
