import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import {
  Desk,
  DeskInput,
  SupportRequest,
} from '@zooport/plugin-zooport-common';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  slaClock,
  supportRequest,
  turtleDesk,
} from '../../../__testUtils__/fakeZooportApi';
import { EntityZooportContent } from './EntityZooportContent';

const group = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', children: [] },
});

const platformGroup = group('platform-software', 'Platform Software');

/** A desk the fake backend keeps: `saveDesk` writes it, `getDesk` reads it. */
function storedDesk(initial: Desk) {
  let desk = initial;
  return {
    getDesk: jest.fn(async (_teamRef: string) => desk),
    saveDesk: jest.fn(async (_teamRef: string, input: DeskInput) => {
      desk = { ...desk, ...input, revision: desk.revision + 1 };
      return desk;
    }),
  };
}

/** Changes what the desk helps with in Edit desk, and saves it. */
async function saveHelpsWith(text: string) {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Edit desk' }),
  );
  const helpsWith = await screen.findByRole('textbox', {
    name: 'What we help with',
  });
  await userEvent.clear(helpsWith);
  await userEvent.type(helpsWith, text);
  await userEvent.click(screen.getByRole('button', { name: 'Save desk' }));
}

describe('EntityZooportContent', () => {
  it("shows the team's animal, channels, who is on duty and who is next", async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
    });

    expect(
      await screen.findByText('Platform Software support desk'),
    ).toBeInTheDocument();
    expect(screen.getByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('CI/CD and the portal')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Request support from the turtle' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Ask the turtle' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('#ask-platform').closest('a')).toHaveAttribute(
      'href',
      'https://chat.example.com/ask',
    );
    expect(
      screen.getByRole('link', { name: '/zooport/ask/platform-software' }),
    ).toHaveAttribute('href', '/zooport/ask/platform-software');
    expect(
      screen.getByRole('button', { name: 'Copy the link to ask this desk' }),
    ).toBeInTheDocument();
    const onDuty = screen.getByText('On duty now').closest('.MuiCard-root');
    expect(
      within(onDuty as HTMLElement).getByText('amara'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Wed 09:00 Europe\/Berlin/)).toBeInTheDocument();
    expect(screen.getByText(/^Next, from/)).toBeInTheDocument();
    expect(within(onDuty as HTMLElement).getByText('lars')).toBeInTheDocument();
  });

  it('marks someone on duty who is not ready yet with their stage', async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
    });

    const onDuty = (await screen.findByText('On duty now')).closest(
      '.MuiCard-root',
    ) as HTMLElement;
    // Mei covers as secondary while an observer (the fake desk's stages).
    expect(await within(onDuty).findByText('Observer')).toBeInTheDocument();
    expect(within(onDuty).queryByText('Ready')).toBeNull();
  });

  it("lists the desk's open requests, breached and at risk first", async () => {
    const clocks = (state: 'on_track' | 'at_risk' | 'breached') => ({
      firstResponse: slaClock({ state: 'met' }),
      resolution: slaClock({ state }),
    });
    const listRequests = jest.fn(async () => ({
      items: [
        supportRequest({ id: 'a', title: 'Newest', sla: clocks('on_track') }),
        supportRequest({ id: 'b', title: 'Late', sla: clocks('breached') }),
        supportRequest({
          id: 'c',
          title: 'Nearly late',
          sla: clocks('at_risk'),
        }),
      ],
      nextCursor: null,
    }));
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
      api: fakeZooportApi({ listRequests }),
    });

    expect(await screen.findByText('Open requests')).toBeInTheDocument();
    expect(listRequests).toHaveBeenCalledWith({
      desk: ['group:default/platform-software'],
      status: 'open',
      limit: 100,
    });
    const queue = screen.getByText('Open requests').closest('.MuiCard-root');
    const links = within(
      within(queue as HTMLElement).getByRole('table'),
    ).getAllByRole('link');
    expect(links.map(link => link.textContent)).toEqual([
      'Late',
      'Nearly late',
      'Newest',
    ]);
    expect(links[0]).toHaveAttribute('href', '/zooport/requests/b');
  });

  it('lets the team edit its desk, and shows the saved desk', async () => {
    const { getDesk, saveDesk } = storedDesk(turtleDesk);
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
      api: fakeZooportApi({ getDesk, saveDesk }),
    });

    await saveHelpsWith('Builds and deploys');

    expect(await screen.findByText('Builds and deploys')).toBeInTheDocument();
    expect(saveDesk).toHaveBeenCalledWith(
      platformTeam,
      expect.objectContaining({
        helpsWith: 'Builds and deploys',
        rotation: null,
      }),
      3,
    );
    expect(getDesk).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      await screen.findByRole('button', { name: 'New request type' }),
    ).toBeInTheDocument();
  });

  it('lists the desk’s links under its channels', async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
      api: fakeZooportApi({
        getDesk: async () => ({
          ...turtleDesk,
          links: [
            { title: 'Runbook', url: 'https://docs.example.com/runbook' },
            { title: 'Status page', url: 'https://status.example.com' },
          ],
        }),
      }),
    });

    const runbook = await screen.findByRole('link', { name: /^Runbook/ });
    expect(runbook).toHaveAttribute('href', 'https://docs.example.com/runbook');
    expect(screen.getByRole('link', { name: /^Status page/ })).toHaveAttribute(
      'href',
      'https://status.example.com',
    );
    const channel = screen.getByRole('link', { name: /^#ask-platform/ });
    expect(
      channel.compareDocumentPosition(runbook) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows channels of the same name apart, and none of them once renamed', async () => {
    const { getDesk, saveDesk } = storedDesk({
      ...turtleDesk,
      channels: [
        { name: '#ask', url: 'https://chat.example.com/ask-eu' },
        { name: '#ask', url: 'https://chat.example.com/ask-us' },
      ],
    });
    const user = userEvent.setup();
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
      api: fakeZooportApi({ getDesk, saveDesk }),
    });

    const channels = await screen.findAllByRole('link', { name: /^#ask,/ });
    expect(channels.map(link => link.getAttribute('href'))).toEqual([
      'https://chat.example.com/ask-eu',
      'https://chat.example.com/ask-us',
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit desk' }));
    await user.click(
      await screen.findByRole('button', { name: 'Remove channel 2' }),
    );
    const name = screen.getByRole('textbox', { name: /^Channel 1/ });
    await user.clear(name);
    await user.type(name, '#platform');
    await user.click(screen.getByRole('button', { name: 'Save desk' }));

    expect(
      await screen.findByRole('link', { name: /^#platform,/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^#ask,/ })).toBeNull();
  });

  it('keeps the tab as it was while the saved desk loads again', async () => {
    const stored = storedDesk(turtleDesk);
    // As over a network: the answer comes after React has shown the loading.
    const getDesk = async (teamRef: string) => {
      await new Promise(resolve => setTimeout(resolve, 20));
      return stored.getDesk(teamRef);
    };
    const user = userEvent.setup();
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
      api: fakeZooportApi({ getDesk, saveDesk: stored.saveDesk }),
    });

    await user.click(
      await screen.findByRole('checkbox', { name: 'Show archived (1)' }),
    );
    await user.selectOptions(screen.getByLabelText('Priority'), 'High');
    await saveHelpsWith('Builds and deploys');

    expect(await screen.findByText('Builds and deploys')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Show archived (1)' }),
    ).toBeChecked();
    expect(screen.getByLabelText('Priority')).toHaveDisplayValue('High');
  });

  it('shows a request filed from the tab in the desk’s open requests', async () => {
    const filed: SupportRequest[] = [];
    const createRequest = jest.fn(async (input: { title: string }) => {
      const request = supportRequest({ id: 'req-9', title: input.title });
      filed.push(request);
      return request;
    });
    const listRequests = jest.fn(async () => ({
      items: [...filed],
      nextCursor: null,
    }));
    const user = userEvent.setup();
    await renderWithZooport(<EntityZooportContent />, {
      entity: platformGroup,
      api: fakeZooportApi({ createRequest, listRequests }),
    });

    expect(
      await screen.findByText('No open requests at this desk'),
    ).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Request support from the turtle' }),
    );
    const form = await screen.findByRole('dialog', { name: 'Ask the turtle' });
    await user.type(
      await within(form).findByLabelText(/Title/),
      'Canary hangs',
    );
    await user.click(
      within(form).getByRole('button', { name: 'Request support' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Done' }));

    const queue = screen.getByText('Open requests').closest('.MuiCard-root');
    expect(
      await within(queue as HTMLElement).findByRole('link', {
        name: 'Canary hangs',
      }),
    ).toHaveAttribute('href', '/zooport/requests/req-9');
  });

  it("offers no changes to another team's desk", async () => {
    // Not the viewer's team: the permission API denies changes to its desk.
    const gardeners = 'group:default/gardeners';
    await renderWithZooport(<EntityZooportContent />, {
      entity: group('gardeners', 'Gardeners'),
      api: fakeZooportApi({
        getDesk: async () => ({ ...turtleDesk, teamRef: gardeners }),
      }),
    });

    expect(await screen.findByText('Gardeners support desk')).toBeVisible();
    expect(
      await screen.findByRole('heading', { name: 'Access request' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Rotation settings' }),
      ).toBeVisible(),
    );
    for (const name of ['Edit desk', 'New request type', /^Edit /]) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
  });

  it('explains a team without a desk', async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: group('security', 'Security'),
    });
    expect(
      await screen.findByText('Security has no support desk yet'),
    ).toBeInTheDocument();
  });
});
