import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import PetsIcon from '@material-ui/icons/Pets';
import { resultListItem, resultTypeFilters } from './searchResultItems';

describe('Zooport in the search page', () => {
  it('adds a result type for each Zooport document type, with the paw', () => {
    const types = resultTypeFilters.map(extension =>
      createExtensionTester(extension).get(
        SearchFilterResultTypeBlueprint.dataRefs.resultType,
      ),
    );
    expect(types.map(({ value, name }) => ({ value, name }))).toEqual([
      { value: 'zooport-entry', name: 'Zooport FAQ & playbooks' },
      { value: 'zooport-request', name: 'Zooport requests' },
    ]);
    for (const type of types) {
      expect(type.icon.type).toBe(PetsIcon);
    }
  });

  it('lists Zooport documents with its own list item, and only those', () => {
    const item = createExtensionTester(resultListItem).get(
      SearchResultListItemBlueprint.dataRefs.item,
    );
    const result = (type: string) => ({
      type,
      document: { title: 'A', text: 'B', location: '/c' },
    });
    expect(item.predicate?.(result('zooport-entry'))).toBe(true);
    expect(item.predicate?.(result('zooport-request'))).toBe(true);
    expect(item.predicate?.(result('software-catalog'))).toBe(false);
  });
});
