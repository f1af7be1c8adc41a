import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
  turtleZooDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  backupEntry,
  dbaTeam,
  elephantZooDesk,
  previewEntry,
  searchHit,
} from '../../../__testUtils__/knowledgeFixtures';
import { typistOnFakeClock } from '../../../__testUtils__/typing';
import { ZooportPage } from '../../pages/ZooportPage';

const zoo = [turtleZooDesk, elephantZooDesk];

function renderKnowledgeBase(
  api = fakeZooportApi({ getZoo: async () => zoo }),
) {
  return renderWithZooport(<ZooportPage />, {
    api,
    path: '/zooport/*',
    at: '/zooport/knowledge',
  });
}

describe('KnowledgeBase', () => {
  afterEach(() => jest.useRealTimers());

  it('browses every entry by title, with its desk animal, kind and tags', async () => {
    const listEntries = jest.fn(async () => ({
      items: [previewEntry, backupEntry],
      nextCursor: null,
    }));
    await renderKnowledgeBase(
      fakeZooportApi({ getZoo: async () => zoo, listEntries }),
    );

    expect(await screen.findByText('2 entries')).toBeInTheDocument();
    const preview = screen.getByRole('link', { name: previewEntry.title });
    expect(preview).toHaveAttribute('href', '/zooport/knowledge/entry-preview');
    const row = preview.closest('li')!;
    expect(within(row).getByText('FAQ')).toBeInTheDocument();
    expect(within(row).getByText('preview')).toBeInTheDocument();
    expect(await within(row).findByText('🐢 turtle')).toBeInTheDocument();
    expect(listEntries).toHaveBeenCalledWith({ limit: 200 });
    expect(
      screen.getByRole('tab', { name: 'Knowledge base', selected: true }),
    ).toBeInTheDocument();
  });

  it('searches as the person types and marks the words it found', async () => {
    const searchEntries = jest.fn(async () => [
      searchHit(previewEntry, previewEntry.title),
    ]);
    const { user, pause } = typistOnFakeClock();
    await renderKnowledgeBase(
      fakeZooportApi({ getZoo: async () => zoo, searchEntries }),
    );

    await user.type(
      screen.getByLabelText('Search the knowledge base'),
      'preview environment',
    );
    expect(searchEntries).not.toHaveBeenCalled();

    await pause();
    expect(
      await screen.findByText('1 match for “preview environment”'),
    ).toBeInTheDocument();
    const marks = document.querySelectorAll('mark');
    expect([...marks].map(mark => mark.textContent)).toEqual([
      'preview',
      'preview',
    ]);
    expect(
      screen.getByRole('link', { name: previewEntry.title }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/label to your pull request/).closest('p'),
    ).toHaveTextContent('Add the preview label to your pull request.');
    // Typing is debounced: the backend hears the whole words once.
    expect(searchEntries).toHaveBeenCalledTimes(1);
    expect(searchEntries).toHaveBeenCalledWith('preview environment', {
      desk: undefined,
      kind: undefined,
    });
  });

  it('narrows the search to one desk and one kind', async () => {
    const searchEntries = jest.fn(async () => []);
    const user = userEvent.setup();
    await renderWithZooport(<ZooportPage />, {
      api: fakeZooportApi({ getZoo: async () => zoo, searchEntries }),
      path: '/zooport/*',
      at: '/zooport/knowledge?q=backup',
    });

    await screen.findByRole('option', { name: '🐘 elephant' });
    await user.selectOptions(screen.getByLabelText('Desk'), '🐘 elephant');
    await user.selectOptions(screen.getByLabelText('Kind'), 'Playbook');

    await waitFor(() =>
      expect(searchEntries).toHaveBeenLastCalledWith('backup', {
        desk: [dbaTeam],
        kind: 'playbook',
      }),
    );
    expect(
      await screen.findByText('Nothing matches “backup”'),
    ).toBeInTheDocument();
  });
});
