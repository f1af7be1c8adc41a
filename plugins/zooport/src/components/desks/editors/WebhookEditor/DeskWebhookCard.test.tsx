import { ResponseError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEventWithDelays from '@testing-library/user-event';
import { DeskWebhook, WebhookInput } from '@zooport/plugin-zooport-common';
import {
  errorResponse,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../../__testUtils__/fakeZooportApi';
import { fillIn } from '../../../../__testUtils__/typing';
import { ZooportApi } from '../../../../api';
import { DeskWebhookCard } from './DeskWebhookCard';

const userEvent = userEventWithDelays.setup({ delay: null });

const noWebhook: DeskWebhook = { url: null, format: 'json', deliveries: [] };
const teamsUrl = 'https://example.webhook.office.com/workflows/abc';

async function render(
  webhooks: DeskWebhook[],
  overrides: Partial<ZooportApi> = {},
) {
  // Each read answers the next webhook, the last one from then on.
  const getDeskWebhook = jest.fn(async () => webhooks.shift() ?? noWebhook);
  webhooks.push(webhooks[webhooks.length - 1]);
  const saveDeskWebhook = jest.fn(
    async (_teamRef: string, input: WebhookInput) => input,
  );
  const api = fakeZooportApi({ getDeskWebhook, saveDeskWebhook, ...overrides });
  await renderWithZooport(<DeskWebhookCard teamRef={platformTeam} />, { api });
  return { getDeskWebhook, saveDeskWebhook };
}

const editor = () => screen.getByRole('dialog', { name: 'Desk webhook' });

async function openEditor() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Edit webhook' }),
  );
  return editor();
}

describe('DeskWebhookCard', () => {
  it('sets a Teams webhook, with a help line for the chosen format, and shows it', async () => {
    const { saveDeskWebhook } = await render([
      noWebhook,
      { url: teamsUrl, format: 'teams', deliveries: [] },
    ]);
    expect(await screen.findByText(/No webhook/)).toBeInTheDocument();

    const dialog = await openEditor();
    const format = within(dialog).getByRole('combobox', { name: 'Format' });
    expect(format).toHaveValue('json');
    expect(within(dialog).getByText(/The event as it is/)).toBeInTheDocument();
    expect(
      within(format)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['Raw JSON', 'Teams (Adaptive Card)', 'Slack (Block Kit)']);

    await fillIn(
      userEvent,
      within(dialog).getByRole('textbox', { name: 'Webhook URL' }),
      teamsUrl,
    );
    await userEvent.selectOptions(format, 'teams');
    expect(within(dialog).getByText(/Teams Workflow/)).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save webhook' }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(saveDeskWebhook).toHaveBeenCalledWith(platformTeam, {
      url: teamsUrl,
      format: 'teams',
    });
    expect(
      await screen.findByText('Format: Teams (Adaptive Card)'),
    ).toBeInTheDocument();
    expect(screen.getByText(teamsUrl)).toBeInTheDocument();
  });

  it('shows the format and how the latest post went', async () => {
    await render([
      {
        url: 'https://hooks.slack.com/services/T0/B0/x',
        format: 'slack',
        deliveries: [
          {
            id: 1,
            event: 'request.created',
            attempts: 2,
            deliveredAt: null,
            nextAttemptAt: '2026-03-02T09:15:00.000Z',
            lastError: 'HTTP 404',
          },
        ],
      },
    ]);
    expect(
      await screen.findByText('Format: Slack (Block Kit)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Last post \(request.created\) failed: HTTP 404; next try .+\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(await openEditor()).getByRole('combobox', { name: 'Format' }),
    ).toHaveValue('slack');
  });

  it('removes the webhook when the address is emptied', async () => {
    const { saveDeskWebhook } = await render([
      { url: teamsUrl, format: 'teams', deliveries: [] },
      noWebhook,
    ]);
    const dialog = await openEditor();
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: 'Webhook URL' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save webhook' }),
    );
    await waitFor(() =>
      expect(saveDeskWebhook).toHaveBeenCalledWith(platformTeam, { url: null }),
    );
    expect(await screen.findByText(/No webhook/)).toBeInTheDocument();
  });

  it("keeps the dialog open with the backend's refusal", async () => {
    await render([noWebhook], {
      saveDeskWebhook: async () => {
        throw await ResponseError.fromResponse(
          errorResponse(
            400,
            'InputError',
            'url: 10.0.0.1 is not a public address',
          ),
        );
      },
    });
    const dialog = await openEditor();
    await fillIn(
      userEvent,
      within(dialog).getByRole('textbox', { name: 'Webhook URL' }),
      'http://10.0.0.1/hook',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Save webhook' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /is not a public address/,
    );
  });

  it('is not shown to people who may not change the desk', async () => {
    const getDeskWebhook = jest.fn(async () => noWebhook);
    // Another team's desk: the viewer is in the platform team only.
    await renderWithZooport(
      <DeskWebhookCard teamRef="group:default/security" />,
      { api: fakeZooportApi({ getDeskWebhook }) },
    );
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Webhook' })).toBeNull(),
    );
    expect(screen.queryByText(/No webhook/)).toBeNull();
    expect(getDeskWebhook).not.toHaveBeenCalled();
  });
});
