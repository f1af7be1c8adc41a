import { useApi } from '@backstage/core-plugin-api';
import { Scenario } from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { Fieldset } from '../../shared/EditorFields';
import { VersionHistory } from '../../shared/VersionHistory';
import { ScenarioContent } from '../ScenarioContent';

/** The scenario's saved versions, to view and restore from the editor. */
export const ScenarioVersions = (props: {
  teamRef: string;
  scenario: Scenario;
  onRestored: (scenario: Scenario) => void;
}) => {
  const { teamRef, scenario, onRestored } = props;
  const zooportApi = useApi(zooportApiRef);
  const versions = useAsync(
    () => zooportApi.listScenarioVersions(teamRef, scenario.id),
    [zooportApi, teamRef, scenario.id, scenario.revision],
  );
  const restore = useCallback(
    async (revision: number) =>
      onRestored(
        await zooportApi.restoreScenarioVersion(teamRef, scenario.id, revision),
      ),
    [zooportApi, teamRef, scenario.id, onRestored],
  );
  return (
    <Fieldset legend="Versions">
      <VersionHistory
        versions={versions}
        currentRevision={scenario.revision}
        mayRestore
        restore={restore}
        renderContent={content => (
          <ScenarioContent teamRef={teamRef} scenario={content} showNotes />
        )}
      />
    </Fieldset>
  );
};
