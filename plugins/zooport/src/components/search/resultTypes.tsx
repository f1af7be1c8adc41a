import { SearchResult } from '@backstage/plugin-search-common';
import PetsIcon from '@material-ui/icons/Pets';
import { zooportSearchTypes } from '@zooport/plugin-zooport-common';

/**
 * Zooport's entries in the search page's result type filter: one per
 * document type, since the filter narrows to a single type.
 *
 * @public
 */
export const zooportSearchResultTypes = [
  {
    value: zooportSearchTypes.entry,
    name: 'Zooport FAQ & playbooks',
    icon: <PetsIcon />,
  },
  {
    value: zooportSearchTypes.request,
    name: 'Zooport requests',
    icon: <PetsIcon />,
  },
];

const types: string[] = Object.values(zooportSearchTypes);

/** Whether a search result is one of Zooport's documents. @public */
export function isZooportSearchResult(result: SearchResult): boolean {
  return types.includes(result.type);
}
