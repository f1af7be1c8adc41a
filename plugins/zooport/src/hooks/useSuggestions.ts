import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../api';
import { useDebounced } from './useDebounced';

/** Questions shorter than this match too much to help. */
const MIN_QUESTION_LENGTH = 3;

/**
 * Entries that may answer `question` and the desks whose topics it names,
 * asked once the person pauses typing; undefined for a blank question.
 * Entries about `entityRef`, or by its owner's desk, rank higher.
 */
export function useSuggestions(question: string, entityRef?: string) {
  const zooportApi = useApi(zooportApiRef);
  const settled = useDebounced(question.trim());
  return useAsync(async () => {
    if (settled.length < MIN_QUESTION_LENGTH) {
      return undefined;
    }
    return zooportApi.suggest(settled, entityRef);
  }, [zooportApi, settled, entityRef]);
}
