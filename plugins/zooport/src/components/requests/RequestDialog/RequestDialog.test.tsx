import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, {
  PointerEventsCheckLevel,
} from '@testing-library/user-event';
import {
  errorResponse,
  fakeZooportApi,
  questionType,
  renderWithZooport,
  supportRequest,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import {
  previewEntry,
  previewSuggestions,
} from '../../../__testUtils__/knowledgeFixtures';
import { fillIn, typistOnFakeClock } from '../../../__testUtils__/typing';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { RequestDialog } from './RequestDialog';

const component = 'component:default/deploy-pipeline';

const badRequest = (message: string) =>
  ResponseError.fromResponse(errorResponse(400, 'InputError', message));

function renderDialog(api = fakeZooportApi()) {
  return renderWithZooport(
    <RequestDialog
      desk={turtleDesk}
      entityRef={component}
      onClose={jest.fn()}
    />,
    { api },
  );
}

describe('RequestDialog', () => {
  afterEach(() => jest.useRealTimers());

  it('files a request with the chosen type, its fields and priority, and shows the deadlines', async () => {
    const createRequest = jest.fn(async () =>
      supportRequest({
        title: 'Write access to the pipeline',
        priority: 'high',
      }),
    );
    const user = userEvent.setup();
    await renderDialog(fakeZooportApi({ createRequest }));

    await user.selectOptions(
      await screen.findByLabelText('Request type'),
      'Access request',
    );
    expect(
      screen.getByText('Ask for access to a system, database or environment.'),
    ).toBeInTheDocument();
    await fillIn(
      user,
      screen.getByLabelText(/Title/),
      'Write access to the pipeline',
    );
    await fillIn(
      user,
      screen.getByLabelText('Description'),
      'For **releases**',
    );
    // Asked from the component's page: the entity field starts with it.
    expect(screen.getByLabelText(/System or resource/)).toHaveValue(
      'deploy-pipeline',
    );
    await user.selectOptions(screen.getByLabelText(/Access level/), 'write');
    await fillIn(
      user,
      screen.getByLabelText('Why you need it'),
      'Release duty',
    );
    expect(
      screen.getByText(/Priority: Medium, the default/),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Impact'), 'High');
    await user.selectOptions(screen.getByLabelText('Urgency'), 'Medium');
    expect(screen.getByText('Priority: High')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Request support' }));

    expect(
      await screen.findByRole('dialog', { name: 'Request filed' }),
    ).toBeInTheDocument();
    expect(createRequest).toHaveBeenCalledWith({
      teamRef: turtleDesk.teamRef,
      typeId: 'type-access',
      title: 'Write access to the pipeline',
      description: 'For **releases**',
      impact: 'high',
      urgency: 'medium',
      fields: {
        resource: component,
        access_level: 'write',
        reason: 'Release duty',
      },
      entityRef: component,
      idempotencyKey: expect.stringMatching(/^[\w.:-]{8,128}$/),
    });
    expect(screen.getByText(/priority high/)).toBeInTheDocument();
    expect(screen.getByText('First response by')).toBeInTheDocument();
    expect(
      screen.getByText(/\(Mon 13:00 Europe\/Berlin\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('Resolution by')).toBeInTheDocument();
    expect(
      screen.getByText(/\(Thu 11:00 Europe\/Berlin\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the request' }),
    ).toHaveAttribute('href', '/zooport/requests/req-1');
  }, 60_000);

  it('suggests entries that may answer the question while the title is typed', async () => {
    const suggest = jest.fn(async () => previewSuggestions);
    const { user, pause } = typistOnFakeClock();
    await renderDialog(fakeZooportApi({ suggest }));

    const title = await screen.findByLabelText(/Title/);
    await user.type(title, 'preview environment');
    expect(suggest).not.toHaveBeenCalled();

    await pause();
    const suggestions = await screen.findByRole('region', {
      name: 'This may answer your question',
    });
    expect(
      within(suggestions).getByRole('link', { name: previewEntry.title }),
    ).toHaveAttribute('href', `/zooport/knowledge/${previewEntry.id}`);
    expect(
      within(suggestions).getByRole('link', { name: previewEntry.title }),
    ).toHaveAttribute('target', '_blank');
    // Asked once the typing pauses, about the entity the person is on.
    expect(suggest).toHaveBeenCalledTimes(1);
    expect(suggest).toHaveBeenCalledWith('preview environment', component);

    await user.clear(title);
    await pause();
    await waitFor(() =>
      expect(
        screen.queryByRole('region', {
          name: 'This may answer your question',
        }),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows the entries the desk linked to the type before filing', async () => {
    const getEntry = jest.fn(async (id: string) => {
      if (id !== previewEntry.id) {
        throw new Error('deleted');
      }
      return previewEntry;
    });
    await renderDialog(
      fakeZooportApi({
        getEntry,
        listRequestTypes: async () => [
          { ...questionType, entryIds: [previewEntry.id, 'entry-gone'] },
        ],
      }),
    );
    const readFirst = await screen.findByRole('region', {
      name: 'Read this first',
    });
    expect(
      within(readFirst).getByRole('link', { name: previewEntry.title }),
    ).toBeInTheDocument();
    expect(getEntry).toHaveBeenCalledWith('entry-gone');
  });

  it('offers only live types and waits for required fields and both levels', async () => {
    const user = userEvent.setup();
    await renderDialog();

    const type = await screen.findByLabelText('Request type');
    expect(
      screen.queryByRole('option', { name: 'Old form' }),
    ).not.toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Request support' });
    expect(submit).toBeDisabled();

    await user.type(screen.getByLabelText(/Title/), 'Pipeline question');
    expect(submit).toBeEnabled();
    await user.selectOptions(screen.getByLabelText('Impact'), 'Low');
    expect(
      screen.getByText('Choose both impact and urgency, or neither.'),
    ).toBeInTheDocument();
    expect(submit).toBeDisabled();

    await user.selectOptions(screen.getByLabelText('Impact'), 'Not sure');
    await user.selectOptions(type, 'Access request');
    expect(submit).toBeDisabled();
  });

  it('picks the entity of an entity field from the catalog by name', async () => {
    const createRequest = jest.fn(async () => supportRequest());
    const catalog = catalogApiMock({
      entities: ['deploy-pipeline', 'docs-site'].map(name => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name, namespace: 'default', title: `The ${name}` },
      })),
    });
    const user = userEvent.setup();
    await renderWithZooport(
      <RequestDialog desk={turtleDesk} onClose={jest.fn()} />,
      {
        api: fakeZooportApi({ createRequest }),
        apis: [[catalogApiRef, catalog]],
      },
    );

    await user.selectOptions(
      await screen.findByLabelText('Request type'),
      'Access request',
    );
    await user.type(screen.getByLabelText(/Title/), 'Write access');
    const picker = screen.getByLabelText(/System or resource/);
    expect(picker).toHaveValue('');
    await user.type(picker, 'docs');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox'))
          .getAllByRole('option')
          .map(option => option.textContent),
      ).toEqual(['The docs-siteComponent · default']),
    );
    await user.keyboard('{ArrowDown}{Enter}');
    expect(picker).toHaveValue('docs-site');
    await user.selectOptions(screen.getByLabelText(/Access level/), 'read');
    await user.click(screen.getByRole('button', { name: 'Request support' }));

    await screen.findByRole('dialog', { name: 'Request filed' });
    expect(createRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        fields: {
          resource: 'component:default/docs-site',
          access_level: 'read',
        },
        entityRef: null,
      }),
    );
  });

  it('says when a filed request waits for approval, and by whom', async () => {
    const createRequest = jest.fn(async () =>
      supportRequest({
        approval: {
          state: 'pending',
          approvers: ['user:default/mei'],
          by: null,
          at: null,
          note: null,
        },
      }),
    );
    const user = userEvent.setup();
    await renderDialog(fakeZooportApi({ createRequest }));

    await user.type(await screen.findByLabelText(/Title/), 'Help');
    await user.click(screen.getByRole('button', { name: 'Request support' }));

    const filed = await screen.findByRole('dialog', { name: 'Request filed' });
    expect(filed).toHaveTextContent(
      /It waits for approval by mei; work starts once one of them agrees\./,
    );
  });

  it('shows the backend refusal in the dialog and files again with the same key', async () => {
    const createRequest = jest
      .fn()
      .mockRejectedValueOnce(await badRequest('title: must not be blank'))
      .mockResolvedValueOnce(supportRequest());
    const user = userEvent.setup();
    await renderDialog(fakeZooportApi({ createRequest }));

    await user.type(await screen.findByLabelText(/Title/), 'Help');
    await user.click(screen.getByRole('button', { name: 'Request support' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^title: must not be blank$/,
    );
    expect(screen.queryByText('Request filed')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Request support' }));
    expect(await screen.findByText('Request filed')).toBeInTheDocument();
    const [first, second] = createRequest.mock.calls.map(
      ([input]) => input.idempotencyKey,
    );
    expect(second).toBe(first);
  });

  it('files one request however often the button is pressed while sending', async () => {
    let answer: (request: ReturnType<typeof supportRequest>) => void = () => {};
    const createRequest = jest.fn(
      () => new Promise<ReturnType<typeof supportRequest>>(r => (answer = r)),
    );
    // A disabled button ignores the pointer; let the clicks reach it anyway.
    const user = userEvent.setup({
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    await renderDialog(fakeZooportApi({ createRequest }));

    await user.type(await screen.findByLabelText(/Title/), 'Help');
    await user.dblClick(
      screen.getByRole('button', { name: 'Request support' }),
    );
    await user.click(screen.getByRole('button', { name: 'Sending…' }));

    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    answer(supportRequest());
    await waitFor(() =>
      expect(screen.getByText('Request filed')).toBeInTheDocument(),
    );
    expect(createRequest).toHaveBeenCalledTimes(1);
  });
});
