import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Alert from '@material-ui/lab/Alert';
import { ReadinessWarning } from '@zooport/plugin-zooport-common';
import { formatInViewerZone } from '../../../time';
import { readinessWarningText } from './stageLabels';

/**
 * Warnings about people on duty before they are ready, one a line with
 * the person and what is wrong; `withShift` adds the shift's start.
 */
export const ReadinessWarnings = (props: {
  warnings: ReadinessWarning[];
  withShift?: boolean;
}) => {
  const { warnings, withShift } = props;
  if (warnings.length === 0) {
    return null;
  }
  return (
    <Alert severity="warning" aria-label="Readiness warnings">
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {warnings.map(warning => (
          <li key={`${warning.shiftIndex}|${warning.kind}|${warning.userRef}`}>
            <EntityRefLink entityRef={warning.userRef} defaultKind="user" />:{' '}
            {readinessWarningText(warning)}
            {withShift &&
              ` (shift from ${formatInViewerZone(warning.shiftStart)})`}
          </li>
        ))}
      </ul>
    </Alert>
  );
};
