import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import { Scenario, SupportRequest } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { useReadinessPermissions } from '../../../hooks/useReadinessPermissions';
import { ScenarioDialog } from '../ScenarioDialog';

const practisable = new Set<SupportRequest['status']>(['resolved', 'closed']);

/**
 * On a resolved or closed request, for those who may update the desk's
 * readiness: turns the request into a draft scenario of the desk's deck in
 * one click and opens the draft in the scenario editor.
 */
export const DraftScenarioButton = (props: {
  request: Pick<SupportRequest, 'id' | 'teamRef' | 'status'>;
}) => {
  const { request } = props;
  const { mayUpdate } = useReadinessPermissions(request.teamRef);
  const zooportApi = useApi(zooportApiRef);
  const alertApi = useApi(alertApiRef);
  const [draft, setDraft] = useState<Scenario>();
  const [drafting, makeDraft] = useAsyncFn(async () => {
    try {
      setDraft(
        await zooportApi.draftScenarioFromRequest(request.teamRef, request.id),
      );
    } catch (error) {
      alertApi.post({ message: problemOf(error as Error), severity: 'error' });
    }
  }, [zooportApi, alertApi, request.teamRef, request.id]);
  if (!mayUpdate || !practisable.has(request.status)) {
    return null;
  }
  const saved = () => {
    setDraft(undefined);
    alertApi.post({
      message: 'The scenario is in the desk’s deck.',
      severity: 'success',
      display: 'transient',
    });
  };
  return (
    <>
      <Button
        variant="outlined"
        disabled={drafting.loading}
        onClick={makeDraft}
      >
        Make it a scenario
      </Button>
      {draft && (
        <ScenarioDialog
          teamRef={request.teamRef}
          scenario={draft}
          onSaved={saved}
          onClose={() => setDraft(undefined)}
        />
      )}
    </>
  );
};
