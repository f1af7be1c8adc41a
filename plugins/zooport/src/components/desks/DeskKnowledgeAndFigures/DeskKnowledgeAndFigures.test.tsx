import { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  deployPlaybook,
  faqInput,
  knowledgeEntry,
  previewEntry,
} from '../../../__testUtils__/knowledgeFixtures';
import { fillIn } from '../../../__testUtils__/typing';
import { ZooportApi } from '../../../api';
import { EntityZooportContent } from '../../pages/EntityZooportContent';

const teamGroup = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

function renderPawTab(
  overrides: Partial<ZooportApi> = {},
  team: Entity = teamGroup('platform-software'),
) {
  return renderWithZooport(<EntityZooportContent />, {
    api: fakeZooportApi(overrides),
    entity: team,
  });
}

describe('DeskKnowledgeAndFigures on the paw tab', () => {
  it('shows the key figures of the last 30 days', async () => {
    const getDeskFigures = jest.fn(
      async () => await fakeZooportApi().getDeskFigures(platformTeam, 30),
    );
    await renderPawTab({ getDeskFigures });

    expect(await screen.findByText('10 of 12 (83%)')).toBeInTheDocument();
    expect(getDeskFigures).toHaveBeenCalledWith(platformTeam, 30);
    const term = (name: string) =>
      screen.getByText(name, { selector: 'dt' }).nextElementSibling;
    expect(term('Open now')).toHaveTextContent('4');
    expect(term('At risk now')).toHaveTextContent('1');
    expect(term('Breached now')).toHaveTextContent('2');
    expect(term('Median first response')).toHaveTextContent('1 h 35 min');
    const resolutions = screen.getByRole('table', { name: 'Resolutions' });
    expect(within(resolutions).getAllByRole('row')[1]).toHaveTextContent(
      'Answered5',
    );
    const load = screen.getByRole('table', { name: 'Load per person' });
    expect(within(load).getAllByRole('row')[1]).toHaveTextContent(
      'amara72 h 30 min',
    );
  });

  it("lists the desk's FAQ entries and playbooks, linking to their pages", async () => {
    await renderPawTab();

    const card = (await screen.findByText('FAQ and playbooks')).closest(
      '.MuiCard-root',
    ) as HTMLElement;
    expect(
      await within(card).findByRole('link', { name: previewEntry.title }),
    ).toHaveAttribute('href', `/zooport/knowledge/${previewEntry.id}`);
    expect(
      within(card).getByRole('link', { name: deployPlaybook.title }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Due for review')).toBeInTheDocument();
  });

  it('turns a question that keeps coming back into a new FAQ entry', async () => {
    const createEntry = jest.fn(async () =>
      knowledgeEntry({
        id: 'entry-new',
        title: 'Preview environment for my branch',
      }),
    );
    const user = userEvent.setup();
    await renderPawTab({ createEntry });

    expect(
      await screen.findByText('“Preview environment for my branch”'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Asked 3 times/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Write an FAQ entry' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'New entry' });
    expect(within(dialog).getByLabelText(/Question/)).toHaveValue(
      'Preview environment for my branch',
    );
    const create = within(dialog).getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText(/Answer/),
      'Add the `preview` label.',
    );
    await user.click(create);

    await waitFor(() =>
      expect(createEntry).toHaveBeenCalledWith(
        platformTeam,
        faqInput({
          title: 'Preview environment for my branch',
          body: 'Add the `preview` label.',
          reviewEveryDays: 90,
        }),
      ),
    );
  });

  it('writes a new playbook with its steps in order', async () => {
    const createEntry = jest.fn(async () => deployPlaybook);
    const user = userEvent.setup();
    await renderPawTab({ createEntry });

    await user.click(await screen.findByRole('button', { name: 'New entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'New entry' });
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'Playbook');
    const field = (name: string | RegExp) =>
      within(dialog).getByLabelText(name);
    await fillIn(user, field(/Title/), 'Runners are gone');
    await user.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add step' }));
    await fillIn(user, field(/^Step 1/), 'Look');
    await fillIn(user, field(/^Step 2/), 'Restart');
    await fillIn(user, field('Tags'), 'ci, runners');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() =>
      expect(createEntry).toHaveBeenCalledWith(
        platformTeam,
        expect.objectContaining({
          kind: 'playbook',
          title: 'Runners are gone',
          steps: [
            { title: 'Look', body: '' },
            { title: 'Restart', body: '' },
          ],
          tags: ['ci', 'runners'],
        }),
      ),
    );
  }, 60_000);

  it("offers no New entry to people outside the desk's team", async () => {
    // Another team than the other tests': permission answers are cached
    // across tests by team, so an earlier test's "allowed" could show here.
    const testers = 'group:default/test-engineering';
    await renderPawTab(
      {
        getDesk: async () => ({ ...turtleDesk, teamRef: testers }),
        listEntries: async () => ({
          items: [{ ...previewEntry, teamRef: testers }],
          nextCursor: null,
        }),
      },
      teamGroup('test-engineering'),
    );

    await screen.findByText('“Preview environment for my branch”');
    expect(
      await screen.findByRole('link', { name: previewEntry.title }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'New entry' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Write an FAQ entry' }),
    ).not.toBeInTheDocument();
  });
});
