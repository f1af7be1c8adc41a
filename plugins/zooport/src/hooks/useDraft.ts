import { useState } from 'react';

/**
 * A form's draft and a `change` that merges a patch into it, so that each
 * field sets only its own part.
 */
export function useDraft<Draft extends object>(initial: Draft | (() => Draft)) {
  const [draft, setDraft] = useState(initial);
  const change = (patch: Partial<Draft>) =>
    setDraft(previous => ({ ...previous, ...patch }));
  return [draft, change] as const;
}
