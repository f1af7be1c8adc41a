import {
  MockSearchApi,
  SearchContextProvider,
  SearchResult,
  searchApiRef,
} from '@backstage/plugin-search-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ZooportSearchResultListItem } from '../../plugin';

// An app on the classic frontend system puts the extension inside
// <SearchResult>, next to the other plugins' list items.
describe('the list item in a classic search page', () => {
  it('shows Zooport results and leaves the others to the default item', async () => {
    const searchApi = new MockSearchApi({
      results: [
        {
          type: 'zooport-entry',
          document: {
            title: 'Deploys are stuck',
            text: 'When no deploy has finished for 20 minutes.',
            location: '/zooport/knowledge/e3',
            teamRef: 'group:default/platform-software',
            teamTitle: 'Platform Software',
            animal: 'turtle',
            kind: 'playbook',
          } as any,
        },
        {
          type: 'software-catalog',
          document: {
            title: 'deploy-pipeline',
            text: 'Builds and deploys every service',
            location: '/catalog/default/component/deploy-pipeline',
          },
        },
      ],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[searchApiRef, searchApi]]}>
        <SearchContextProvider
          initialState={{ term: 'deploy', types: [], filters: {} }}
        >
          <SearchResult>
            <ZooportSearchResultListItem />
          </SearchResult>
        </SearchContextProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByRole('link', { name: 'Deploys are stuck' }),
    ).toHaveAttribute('href', '/zooport/knowledge/e3');
    expect(screen.getByText('Playbook')).toBeInTheDocument();
    expect(screen.getByText('The turtle')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'deploy-pipeline' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/^The /)).toHaveLength(1);
  });
});
