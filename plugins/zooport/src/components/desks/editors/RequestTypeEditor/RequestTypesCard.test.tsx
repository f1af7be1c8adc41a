import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEventWithDelays from '@testing-library/user-event';
import { RequestType } from '@zooport/plugin-zooport-common';
import {
  accessType,
  archivedType,
  errorResponse,
  fakeZooportApi,
  platformTeam,
  questionType,
  renderWithZooport,
} from '../../../../__testUtils__/fakeZooportApi';
import { previewEntry } from '../../../../__testUtils__/knowledgeFixtures';
import { fillIn } from '../../../../__testUtils__/typing';
import { ZooportApi } from '../../../../api';
import { storedInputOf } from './requestTypeDraft';
import { RequestTypesCard } from './RequestTypesCard';

// The forms are long: typing without a pause between keys keeps them quick.
const userEvent = userEventWithDelays.setup({ delay: null });

async function render(
  overrides: Partial<ZooportApi> = {},
  teamRef: string = platformTeam,
) {
  const listRequestTypes = jest.fn(async () => [
    questionType,
    accessType,
    archivedType,
  ]);
  const api = fakeZooportApi({ listRequestTypes, ...overrides });
  await renderWithZooport(<RequestTypesCard teamRef={teamRef} />, { api });
  return { listRequestTypes };
}

const typeItem = async (name: string) =>
  (await screen.findByRole('heading', { name })).closest('li') as HTMLElement;

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

const fill = (name: string | RegExp, text: string) =>
  fillIn(userEvent, field(name), text);

describe('RequestTypesCard', () => {
  it('lists the types with their targets, archived ones on request', async () => {
    await render();

    const access = await typeItem('Access request');
    expect(
      within(access).getByText(
        /Fields: System or resource \(required\), Access level \(required\), Why you need it/,
      ),
    ).toBeInTheDocument();
    const targets = within(access).getByRole('table', {
      name: 'SLA targets of Access request',
    });
    expect(within(targets).getAllByRole('row')[1].textContent).toBe(
      'Urgent2 h24 hSupport hours',
    );
    expect(screen.queryByRole('heading', { name: /Old form/ })).toBeNull();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show archived (1)' }),
    );
    expect(await typeItem('Old form Archived')).toBeInTheDocument();
  });

  it('creates a type with every field the backend takes', async () => {
    const createRequestType = jest.fn(
      async (teamRef: string, input): Promise<RequestType> => ({
        ...input,
        id: 'type-new',
        teamRef,
        archived: false,
        revision: 1,
      }),
    );
    const { listRequestTypes } = await render({ createRequestType });

    await userEvent.click(
      await screen.findByRole('button', { name: 'New request type' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'New request type',
    });
    await fill(/^Name/, 'Database restore');
    await fill(/^Description/, 'Get a backup back.');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    await fill(/^Label of field 1/, 'Database name');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    await fill(/^Label of field 2/, 'Point in time');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Kind of field 2' }),
      'select',
    );
    await fill(/^Choices of field 2/, 'latest, yesterday,');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Field 2 is required' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Move field 2 up' }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Default priority' }),
      'high',
    );
    await fill('Urgent: first response', '15');
    await fill('Urgent: resolution', '2 h 30 min');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Urgent: clock' }),
      'always',
    );
    // Approvers are found by name and stored as refs.
    await userEvent.type(field(/^Approvers/), 'Mei');
    // What is typed stays while the form around it renders again.
    expect(field(/^Approvers/)).toHaveValue('Mei');
    await userEvent.click(
      await screen.findByRole('option', { name: /Mei Chen/ }),
    );
    await userEvent.click(
      await within(dialog).findByRole('checkbox', {
        name: previewEntry.title,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(createRequestType).toHaveBeenCalled());
    expect(createRequestType).toHaveBeenCalledWith(platformTeam, {
      name: 'Database restore',
      description: 'Get a backup back.',
      fields: [
        {
          key: 'point_in_time',
          label: 'Point in time',
          kind: 'select',
          required: true,
          options: ['latest', 'yesterday'],
        },
        {
          key: 'database_name',
          label: 'Database name',
          kind: 'text',
          required: false,
        },
      ],
      defaultPriority: 'high',
      sla: {
        urgent: {
          firstResponseMinutes: 15,
          resolutionMinutes: 150,
          clock: 'always',
        },
        high: {
          firstResponseMinutes: 30,
          resolutionMinutes: 480,
          clock: 'business',
        },
        medium: {
          firstResponseMinutes: 120,
          resolutionMinutes: 1440,
          clock: 'business',
        },
        low: {
          firstResponseMinutes: 480,
          resolutionMinutes: 4800,
          clock: 'business',
        },
      },
      approvers: ['user:default/mei'],
      entryIds: [previewEntry.id],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(listRequestTypes).toHaveBeenCalledTimes(2);
  }, 60_000);

  it('saves an edited type on the revision it read, and says so when someone saved meanwhile', async () => {
    const updateRequestType = jest
      .fn()
      .mockRejectedValueOnce(
        await ResponseError.fromResponse(
          errorResponse(412, 'PreconditionFailedError', 'changed'),
        ),
      )
      .mockResolvedValue(accessType);
    await render({ updateRequestType });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit Access request' }),
    );
    await screen.findByRole('dialog', { name: 'Edit Access request' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove field 3' }),
    );
    await fill('Low: resolution', '48 h');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone saved this request type while you were editing',
    );
    expect(updateRequestType).toHaveBeenCalledWith(
      platformTeam,
      accessType.id,
      {
        ...storedInputOf(accessType),
        fields: accessType.fields.slice(0, 2),
        sla: {
          ...accessType.sla,
          low: { ...accessType.sla.low, resolutionMinutes: 48 * 60 },
        },
      },
      accessType.revision,
    );
  });

  it('shows why the backend refused a type, naming the field', async () => {
    const createRequestType = jest.fn(async () => {
      throw await ResponseError.fromResponse(
        errorResponse(409, 'ConflictError', 'The desk already has Question'),
      );
    });
    await render({ createRequestType });

    await userEvent.click(
      await screen.findByRole('button', { name: 'New request type' }),
    );
    await userEvent.type(field(/^Name/), 'Question');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The desk already has Question',
    );
  });

  it('archives a type after asking, and restores an archived one', async () => {
    const archiveRequestType = jest.fn(async () => ({
      ...questionType,
      archived: true,
    }));
    const updateRequestType = jest.fn(async () => archivedType);
    const { listRequestTypes } = await render({
      archiveRequestType,
      updateRequestType,
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Archive Question' }),
    );
    const confirmation = await screen.findByRole('dialog', {
      name: 'Archive Question?',
    });
    expect(archiveRequestType).not.toHaveBeenCalled();
    await userEvent.click(
      within(confirmation).getByRole('button', { name: 'Archive' }),
    );
    await waitFor(() =>
      expect(archiveRequestType).toHaveBeenCalledWith(
        platformTeam,
        questionType.id,
      ),
    );
    await waitFor(() => expect(listRequestTypes).toHaveBeenCalledTimes(2));

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show archived (1)' }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Restore Old form' }),
    );
    expect(updateRequestType).toHaveBeenCalledWith(
      platformTeam,
      archivedType.id,
      { ...storedInputOf(archivedType), archived: false },
      archivedType.revision,
    );
  });

  it('says so when someone saved an archived type before its restore, and shows their version', async () => {
    const updateRequestType = jest.fn(async () => {
      throw await ResponseError.fromResponse(
        errorResponse(412, 'PreconditionFailedError', 'changed'),
      );
    });
    const { listRequestTypes } = await render({ updateRequestType });

    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Show archived (1)' }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Restore Old form' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Someone saved “Old form” since it was shown, so nothing was changed/,
    );
    await waitFor(() => expect(listRequestTypes).toHaveBeenCalledTimes(2));
  });

  it('says why the desk’s entries are missing from the form, without calling it empty', async () => {
    await render({
      listEntries: async () => {
        throw new Error('knowledge base unavailable');
      },
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'New request type' }),
    );

    expect(
      await screen.findByText(
        'The desk’s entries cannot be listed: knowledge base unavailable',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The desk has no FAQ entries/)).toBeNull();
  });

  it('is read-only for those who may not change the desk', async () => {
    // Not the viewer's team: the permission API denies changes to its desk.
    await render({}, 'group:default/gardeners');

    expect(await typeItem('Question')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'New request type' }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Archive / })).toBeNull();
  });
});
