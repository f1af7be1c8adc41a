import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import {
  backupEntry,
  deployPlaybook,
  knowledgeEntry,
  previewEntry,
} from '../../../__testUtils__/knowledgeFixtures';
import { ZooportApi } from '../../../api';
import { ZooportPage } from '../../pages/ZooportPage';

function renderEntry(id: string, overrides: Partial<ZooportApi> = {}) {
  return renderWithZooport(<ZooportPage />, {
    api: fakeZooportApi(overrides),
    path: '/zooport/*',
    at: `/zooport/knowledge/${id}`,
  });
}

describe('EntryPage', () => {
  it('shows the answer as markdown, the desk animal, kind, tags and details', async () => {
    await renderEntry(previewEntry.id);

    expect(
      await screen.findByRole('heading', { name: previewEntry.title }),
    ).toBeInTheDocument();
    expect(screen.getByText('deploy pipeline').tagName).toBe('STRONG');
    expect(screen.getByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('FAQ')).toBeInTheDocument();
    expect(screen.getByText('deploy')).toBeInTheDocument();
    expect(screen.getByText('90 days')).toBeInTheDocument();
    expect(
      screen.getByText('The desk answered 3 support requests with it.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/due for a review/)).not.toBeInTheDocument();
  });

  it('shows a playbook with its steps in order, severity, links and a stale warning', async () => {
    await renderEntry(deployPlaybook.id);

    await screen.findByRole('heading', { name: 'Deploys are stuck' });
    const section = screen
      .getByRole('heading', { name: 'Steps' })
      .closest('section')!;
    const steps = within(section)
      .getAllByRole('listitem')
      .map(step => step.querySelector('h6')?.textContent);
    expect(steps).toEqual([
      'Check the runners',
      'Restart the deploy queue',
      'Tell the teams',
    ]);
    expect(
      screen.getByText('SEV2 when more than one team cannot deploy'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /CI dashboard/ })).toHaveAttribute(
      'href',
      'https://grafana.example.com/d/ci',
    );
    expect(
      screen.getByText(/This entry is due for a review/),
    ).toBeInTheDocument();
  });

  it('counts a vote and shows the new counts', async () => {
    let entry = previewEntry;
    const voteEntry = jest.fn(async (_id: string, helped: boolean) => {
      entry = knowledgeEntry({
        feedback: { helped: helped ? 5 : 4, notHelped: 1 },
      });
      return entry;
    });
    const user = userEvent.setup();
    await renderEntry(previewEntry.id, {
      getEntry: async () => entry,
      voteEntry,
    });

    await user.click(
      await screen.findByRole('button', { name: 'This helped (4)' }),
    );

    expect(voteEntry).toHaveBeenCalledWith(previewEntry.id, true);
    expect(
      await screen.findByRole('button', { name: 'This helped (5)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: "This didn't help (1)" }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Thank you.');
  });

  it('shows an old version and restores it for the desk', async () => {
    const restoreEntryVersion = jest.fn(async () =>
      knowledgeEntry({ revision: 3 }),
    );
    const user = userEvent.setup();
    await renderEntry(previewEntry.id, { restoreEntryVersion });

    expect(await screen.findByText('Revision 2 (current)')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Restore revision 2' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'View revision 1' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Revision 1: Preview environments',
    });
    expect(
      within(dialog).getByText('Ask the turtle for a preview environment.'),
    ).toBeInTheDocument();

    await user.click(
      within(dialog).getByRole('button', { name: 'Restore revision 1' }),
    );
    expect(restoreEntryVersion).toHaveBeenCalledWith(previewEntry.id, 1);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it("hides edit controls and Restore on another desk's entry", async () => {
    const user = userEvent.setup();
    await renderEntry(backupEntry.id, {
      getEntry: async () => ({ ...backupEntry, revision: 2 }),
    });

    await screen.findByRole('heading', { name: backupEntry.title });
    expect(await screen.findByText('Revision 1')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'This helped (4)' }),
    ).toBeInTheDocument();
    for (const name of ['Edit', 'Mark reviewed', 'Delete', /^Restore/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }

    await user.click(screen.getByRole('button', { name: 'View revision 1' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeVisible();
    expect(
      within(dialog).queryByRole('button', { name: /^Restore/ }),
    ).not.toBeInTheDocument();
  });

  it('saves an edit as a new version of the revision it was read at', async () => {
    const updateEntry = jest.fn(async () => knowledgeEntry({ revision: 3 }));
    const user = userEvent.setup();
    await renderEntry(previewEntry.id, { updateEntry });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit the entry',
    });
    const tags = within(dialog).getByLabelText('Tags');
    await user.clear(tags);
    await user.type(tags, 'deploy, preview, branches');
    const review = within(dialog).getByLabelText('Review every (days)');
    await user.clear(review);
    await user.type(review, '30');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(updateEntry).toHaveBeenCalledWith(
      previewEntry.id,
      expect.objectContaining({
        kind: 'faq',
        title: previewEntry.title,
        body: previewEntry.body,
        tags: ['deploy', 'preview', 'branches'],
        entityRefs: previewEntry.entityRefs,
        reviewEveryDays: 30,
      }),
      2,
    );
  });

  it('marks the entry reviewed, and deletes it back to the knowledge base', async () => {
    const markEntryReviewed = jest.fn(async () => previewEntry);
    const deleteEntry = jest.fn(async () => {});
    const user = userEvent.setup();
    await renderEntry(previewEntry.id, { markEntryReviewed, deleteEntry });

    await user.click(
      await screen.findByRole('button', { name: 'Mark reviewed' }),
    );
    expect(markEntryReviewed).toHaveBeenCalledWith(previewEntry.id);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete the entry',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(deleteEntry).toHaveBeenCalledWith(previewEntry.id);
    expect(
      await screen.findByLabelText('Search the knowledge base'),
    ).toBeInTheDocument();
  });
});
