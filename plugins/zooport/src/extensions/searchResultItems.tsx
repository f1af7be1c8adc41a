import { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import {
  isZooportSearchResult,
  zooportSearchResultTypes,
} from '../components/search/resultTypes';

/** The filter's entries: FAQ & playbooks, requests. */
export const resultTypeFilters = zooportSearchResultTypes.map(resultType =>
  SearchFilterResultTypeBlueprint.make({
    name: resultType.value,
    params: resultType,
  }),
);

/** Zooport's own item in the result list. */
export const resultListItem = SearchResultListItemBlueprint.make({
  params: {
    predicate: isZooportSearchResult,
    component: () =>
      import('../components/search/ZooportSearchResultListItem').then(
        m => m.ZooportSearchResultListItem,
      ),
  },
});

/** How Zooport's documents show in Backstage's search. */
export const searchResultItems: ExtensionDefinition[] = [
  ...resultTypeFilters,
  resultListItem,
];
