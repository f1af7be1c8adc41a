import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Desk, DeskInput } from '@zooport/plugin-zooport-common';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { EntityZooportContent } from './EntityZooportContent';

const group = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'team', children: [] },
});
const securityTeam = 'group:default/security';
const security = group('security', 'Security');
// Another team for the outsider: the permission API's answers are cached
// per team across tests.
const legal = group('legal', 'Legal');

/** A backend where the security team has no desk until one is saved. */
function backendWithoutDesk() {
  let desk: Desk | undefined;
  const saveDesk = jest.fn(
    async (teamRef: string, input: DeskInput, revision: number) => {
      desk = {
        ...input,
        teamRef,
        links: input.links ?? [],
        revision: revision + 1,
        updatedBy: 'user:default/amara',
        updatedAt: null,
      };
      return desk;
    },
  );
  return {
    saveDesk,
    api: fakeZooportApi({ getDesk: async () => desk, saveDesk }),
  };
}

describe('a team without a desk', () => {
  it('lets a member open one, and then shows it', async () => {
    const { api, saveDesk } = backendWithoutDesk();
    const user = userEvent.setup();
    await renderWithZooport(<EntityZooportContent />, {
      entity: security,
      api,
      memberOf: ['user:default/amara', securityTeam],
    });

    expect(
      await screen.findByText('Security has no support desk yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/You may open it/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Open a support desk' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Open a support desk for Security',
    });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Animal/ }),
      'owl',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save desk' }));

    expect(
      await screen.findByText('Security support desk'),
    ).toBeInTheDocument();
    expect(saveDesk).toHaveBeenCalledWith(
      securityTeam,
      expect.objectContaining({
        animal: { name: 'owl' },
        rotation: null,
        hours: expect.objectContaining({ timeZone: 'UTC' }),
      }),
      0,
    );
  });

  it('tells someone outside the team who may open one', async () => {
    await renderWithZooport(<EntityZooportContent />, {
      entity: legal,
      api: backendWithoutDesk().api,
    });

    expect(
      await screen.findByText(/Ask someone in Legal or a Zooport admin/),
    ).toBeInTheDocument();
    expect(screen.getByText('zooport.desk.update')).toBeInTheDocument();
    expect(screen.getByText('zooport.dev/animal')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Open a support desk' }),
    ).not.toBeInTheDocument();
  });
});
