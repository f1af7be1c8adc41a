import { useState } from 'react';

/**
 * A form's draft and a `change` that merges a patch into it, so that each
 * field sets only its own part; `touched` once anything was changed, so a
 * form can hold its complaints until the person has begun.
 */
export function useDraft<Draft extends object>(initial: Draft | (() => Draft)) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(false);
  const change = (patch: Partial<Draft>) => {
    setTouched(true);
    setDraft(previous => ({ ...previous, ...patch }));
  };
  return [draft, change, touched] as const;
}
