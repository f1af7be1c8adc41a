import { screen, waitFor } from '@testing-library/react';
import userEventWithDelays from '@testing-library/user-event';
import { Desk } from '@zooport/plugin-zooport-common';
import {
  fakeZooportApi,
  renderWithZooport,
  turtleDesk,
} from '../../../../__testUtils__/fakeZooportApi';
import { fillIn } from '../../../../__testUtils__/typing';
import { DeskProfileEditor } from './DeskProfileEditor';

const userEvent = userEventWithDelays.setup({ delay: null });

async function render(desk: Desk) {
  const saveDesk = jest.fn(async () => desk);
  await renderWithZooport(
    <DeskProfileEditor desk={desk} onClose={jest.fn()} onChanged={jest.fn()} />,
    { api: fakeZooportApi({ saveDesk }) },
  );
  await screen.findByRole('dialog', { name: 'The turtle’s desk' });
  return { saveDesk };
}

const jira = { baseUrl: 'https://jira.example.com' };

describe('the desk editor’s Jira project', () => {
  it('is offered only when the backend files Jira issues, and kept when it is not', async () => {
    const linked = {
      ...turtleDesk,
      jiraProject: { key: 'ABC', issueType: 'Bug' },
    };
    const { saveDesk } = await render(linked);
    expect(
      screen.queryByRole('textbox', { name: /Jira project key/ }),
    ).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Save desk' }));
    await waitFor(() =>
      expect(saveDesk).toHaveBeenCalledWith(
        linked.teamRef,
        expect.objectContaining({
          jiraProject: { key: 'ABC', issueType: 'Bug' },
        }),
        linked.revision,
      ),
    );
  });

  it('saves the project key and issue type typed, and says what a bad key lacks', async () => {
    const { saveDesk } = await render({ ...turtleDesk, jira });
    const key = screen.getByRole('textbox', { name: /Jira project key/ });
    expect(
      screen.getByText(
        /filed there, at jira\.example\.com; blank: bug tickets are pasted as URLs/,
      ),
    ).toBeInTheDocument();

    await fillIn(userEvent, key, 'a-b');
    expect(key).toHaveValue('A-B');
    expect(
      screen.getByText('capital letters, digits and _, e.g. ABC'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save desk' })).toBeDisabled();

    await fillIn(userEvent, key, 'plat');
    await fillIn(
      userEvent,
      screen.getByRole('textbox', { name: /Issue type/ }),
      'Task',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save desk' }));
    await waitFor(() =>
      expect(saveDesk).toHaveBeenCalledWith(
        turtleDesk.teamRef,
        expect.objectContaining({
          jiraProject: { key: 'PLAT', issueType: 'Task' },
        }),
        turtleDesk.revision,
      ),
    );
  });
});
