import { useApi } from '@backstage/core-plugin-api';
import {
  Entry,
  EntryKind,
  EntrySearchHit,
} from '@zooport/plugin-zooport-common';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../api';

/** What the knowledge base is asked: words, and which desk and kind. */
export interface KnowledgeQuery {
  q?: string;
  /** A team ref. */
  desk?: string;
  kind?: EntryKind;
}

/** The most entries the browse list shows (the backend's page limit). */
const BROWSE_LIMIT = 200;

/**
 * With words: the entries that match all of them, best first, with the
 * matches marked. Without: the entries by title (browsing).
 */
export function useKnowledgeSearch(query: KnowledgeQuery) {
  const zooportApi = useApi(zooportApiRef);
  const { q = '', desk, kind } = query;
  return useAsync(async (): Promise<{
    hits?: EntrySearchHit[];
    entries?: Entry[];
  }> => {
    const filter = { desk: desk ? [desk] : undefined, kind };
    if (q.trim()) {
      return { hits: await zooportApi.searchEntries(q.trim(), filter) };
    }
    const page = await zooportApi.listEntries({
      ...filter,
      limit: BROWSE_LIMIT,
    });
    return { entries: page.items };
  }, [zooportApi, q, desk, kind]);
}
