import { useApi } from '@backstage/core-plugin-api';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../../api';
import { RotationDraft } from './rotationDraft';

const PREVIEW_SHIFTS = 8;
const QUIET_MS = 400;

/**
 * The next shifts of a draft rotation as the server computes them, asked
 * again once the draft has stopped changing for a moment.
 */
export function useRotationPreview(teamRef: string, draft: RotationDraft) {
  const zooportApi = useApi(zooportApiRef);
  const [settled, setSettled] = useState(draft);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(draft), QUIET_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  return useAsync(
    () => zooportApi.previewRotation(teamRef, settled, PREVIEW_SHIFTS),
    [zooportApi, teamRef, settled],
  );
}
