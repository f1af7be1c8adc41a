import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
  slaClock,
  supportRequest,
  turtleDesk,
} from '../../__testUtils__/fakeZooportApi';
import { EntityZooportContent } from './EntityZooportContent';

const group = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', children: [] },
});

describe('EntityZooportContent', () => {
  it("shows the team's animal, channels, who is on duty and who is next", async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: group('platform-software', 'Platform Software'),
    });

    expect(
      await screen.findByText('Platform Software support desk'),
    ).toBeInTheDocument();
    expect(screen.getByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('CI/CD and the portal')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Request support' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Ask the turtle' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('#ask-platform').closest('a')).toHaveAttribute(
      'href',
      'https://chat.example.com/ask',
    );
    const onDuty = screen.getByText('On duty now').closest('.MuiCard-root');
    expect(
      within(onDuty as HTMLElement).getByText('amara'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Wed 09:00 Europe\/Berlin/)).toBeInTheDocument();
    expect(screen.getByText(/^Next, from/)).toBeInTheDocument();
    expect(screen.getByText('lars')).toBeInTheDocument();
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
      entity: group('platform-software', 'Platform Software'),
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
    let desk = turtleDesk;
    const getDesk = jest.fn(async () => desk);
    const saveDesk = jest.fn(async (_teamRef, input) => {
      desk = { ...desk, ...input, revision: desk.revision + 1 };
      return desk;
    });
    await renderWithZooport(<EntityZooportContent />, {
      entity: group('platform-software', 'Platform Software'),
      api: fakeZooportApi({ getDesk, saveDesk }),
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit desk' }),
    );
    const helpsWith = await screen.findByRole('textbox', {
      name: 'What we help with',
    });
    await userEvent.clear(helpsWith);
    await userEvent.type(helpsWith, 'Builds and deploys');
    await userEvent.click(screen.getByRole('button', { name: 'Save desk' }));

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
