import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  WorkshopNoteInput,
  WorkshopRecord,
} from '@zooport/plugin-zooport-common';
import { fromNow } from '../../../__testUtils__/clock';
import {
  fakeZooportApi,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import {
  scenario,
  turn,
  workshop,
  workshopRecord,
} from '../../../__testUtils__/readinessFixtures';
import { fillIn, typistOnFakeClock } from '../../../__testUtils__/typing';
import { SCRIBE_PAUSE_MS } from './ScribeBox';
import { WorkshopRoom } from './WorkshopRoom';

const second = scenario({
  id: 'scenario-2',
  title: 'The portal shows no catalog',
  evidence: 'The catalog page says **0 entities**.',
  facilitatorNotes: 'The catalog database ran out of disk.',
});

/** A workshop the fake backend keeps: draws and notes land in its record. */
function roomApi(initial: WorkshopRecord = workshopRecord()) {
  let record = initial;
  const cards = [scenario(), second];
  const api = fakeZooportApi({
    getWorkshop: async () => record,
    drawTurn: jest.fn(async (_teamRef, workshopId, participantRef) => {
      const card = cards[record.turns.length % cards.length];
      const drawn = turn({
        id: `turn-${record.turns.length + 1}`,
        workshopId,
        participantRef,
        scenarioId: card.id,
        repeat:
          participantRef === 'user:default/lars' && record.turns.length > 1,
      });
      record = {
        ...record,
        turns: [...record.turns, drawn],
        scenarios: [...record.scenarios, card],
      };
      return drawn;
    }),
    addWorkshopNote: jest.fn(
      async (_teamRef, workshopId, input: WorkshopNoteInput) => {
        const note = {
          ...input,
          id: `note-${record.notes.length + 1}`,
          workshopId,
          authorRef: 'user:default/amara',
          createdAt: fromNow({}, 'utc'),
        };
        record = { ...record, notes: [...record.notes, note] };
        return note;
      },
    ),
    saveTurnSteps: jest.fn(fakeZooportApi().saveTurnSteps),
  });
  return api;
}

const roomPath = '/zooport/workshops/:namespace/:name/:id';
const roomAddress = '/zooport/workshops/default/platform-software/workshop-1';

async function renderRoom(api = roomApi()) {
  await renderWithZooport(<WorkshopRoom />, {
    api,
    path: roomPath,
    at: roomAddress,
  });
  return api;
}

describe('WorkshopRoom', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the open actions before the first draw, then passes the hat twice', async () => {
    const api = await renderRoom();

    expect(
      await screen.findByText('Open actions from earlier workshops'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Write a playbook for canary crash loops'),
    ).toBeInTheDocument();
    expect(screen.getByText('No card drawn yet.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Pass the hat' }));
    const draws = await screen.findByRole('list', { name: 'Draws' });
    await waitFor(() =>
      expect(draws).toHaveTextContent(
        '1. Lars Eriksson drew “Deploys hang at the canary step”',
      ),
    );
    expect(api.drawTurn).toHaveBeenCalledWith(
      'group:default/platform-software',
      'workshop-1',
      'user:default/lars',
    );
    expect(
      screen.queryByText('Open actions from earlier workshops'),
    ).toBeNull();

    // The next participant is the one who has not drawn yet.
    expect(
      screen.getByRole('combobox', { name: 'Next participant' }),
    ).toHaveValue('user:default/mei');
    await userEvent.click(screen.getByRole('button', { name: 'Pass the hat' }));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Draws' })).toHaveTextContent(
        '2. Mei Chen drew “The portal shows no catalog”',
      ),
    );
    expect(screen.getByText('Mei Chen’s turn')).toBeInTheDocument();
    expect(screen.getByText('0 entities')).toBeInTheDocument();
    expect(
      screen.queryByText('The catalog database ran out of disk.'),
    ).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Reveal the facilitator’s notes' }),
    );
    expect(
      screen.getByText('The catalog database ran out of disk.'),
    ).toBeInTheDocument();
  });

  it('marks a card the participant drew before as a repeat', async () => {
    await renderRoom(
      roomApi(
        workshopRecord({
          turns: [turn({ repeat: true })],
          scenarios: [scenario()],
        }),
      ),
    );

    const draws = await screen.findByRole('list', { name: 'Draws' });
    expect(within(draws).getByText('Repeat')).toBeInTheDocument();
  });

  it('adds a note to each of the three columns of the turn', async () => {
    const api = await renderRoom(
      roomApi(workshopRecord({ turns: [turn()], scenarios: [scenario()] })),
    );

    for (const [label, text] of [
      ['What’s crappy', 'Nobody knew where the canary logs are'],
      ['What’s awesome', 'Found the missing secret in 5 minutes'],
      ['Actions', 'Link the canary logs from the playbook'],
    ]) {
      await fillIn(
        userEvent.setup(),
        await screen.findByRole('textbox', { name: `Note for ${label}` }),
        text,
      );
      await userEvent.click(
        screen.getByRole('button', { name: `Add to ${label}` }),
      );
      const column = screen.getByRole('region', { name: label });
      expect(await within(column).findByText(text)).toBeInTheDocument();
    }
    expect(api.addWorkshopNote).toHaveBeenCalledTimes(3);
    expect(api.addWorkshopNote).toHaveBeenCalledWith(
      'group:default/platform-software',
      'workshop-1',
      {
        turnId: 'turn-1',
        column: 'awesome',
        text: 'Found the missing secret in 5 minutes',
        link: null,
      },
    );
  });

  it('links a note to the turn’s scenario', async () => {
    const api = await renderRoom(
      roomApi(workshopRecord({ turns: [turn()], scenarios: [scenario()] })),
    );

    await fillIn(
      userEvent.setup(),
      await screen.findByRole('textbox', { name: 'Note for What’s crappy' }),
      'Too easy',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', {
        name: 'Link of the note for What’s crappy',
      }),
      'The scenario',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Add to What’s crappy' }),
    );

    await waitFor(() =>
      expect(api.addWorkshopNote).toHaveBeenCalledWith(
        expect.anything(),
        'workshop-1',
        expect.objectContaining({
          link: { kind: 'scenario', id: 'scenario-1' },
        }),
      ),
    );
  });

  it('reminds the room when 15 minutes are left', async () => {
    await renderRoom(
      roomApi(
        workshopRecord({
          workshop: workshop({ endsAt: fromNow({ minutes: 15 }) }),
        }),
      ),
    );

    expect(
      await screen.findByText(/15 minutes left: time to wrap up/),
    ).toBeInTheDocument();
  });

  it('does not remind the room with more than 15 minutes left', async () => {
    await renderRoom(
      roomApi(
        workshopRecord({
          workshop: workshop({ endsAt: fromNow({ minutes: 16 }) }),
        }),
      ),
    );

    expect(
      await screen.findByRole('button', { name: 'Pass the hat' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/minutes left/)).toBeNull();
  });

  /** A room with a running turn whose scribe typed `steps`. */
  async function scribeTyped(steps: string) {
    const api = roomApi(
      workshopRecord({ turns: [turn()], scenarios: [scenario()] }),
    );
    const { user } = typistOnFakeClock();
    await renderRoom(api);
    const box = await screen.findByRole('textbox', {
      name: /Scribe: the steps taken/,
    });
    await fillIn(user, box, steps);
    return { api, user };
  }

  it("saves the scribe's steps once typing rests", async () => {
    const { api } = await scribeTyped('Checked the pods');
    expect(api.saveTurnSteps).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(SCRIBE_PAUSE_MS);
    });

    await waitFor(() =>
      expect(api.saveTurnSteps).toHaveBeenCalledWith(
        'group:default/platform-software',
        'workshop-1',
        'turn-1',
        'Checked the pods',
      ),
    );
    expect(api.saveTurnSteps).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it("saves the scribe's steps at once when the scribe leaves the box", async () => {
    const { api, user } = await scribeTyped('Restarted the runner');
    await user.tab();

    // Before the pause is over: leaving the box saved it.
    expect(api.saveTurnSteps).toHaveBeenCalledWith(
      'group:default/platform-software',
      'workshop-1',
      'turn-1',
      'Restarted the runner',
    );
    await act(async () => {
      jest.advanceTimersByTime(SCRIBE_PAUSE_MS);
    });
    expect(api.saveTurnSteps).toHaveBeenCalledTimes(1);
  });

  it('shows every note in the retrospective', async () => {
    const notes = (['crappy', 'awesome', 'actions'] as const).map(
      (column, index) => ({
        id: `note-${index}`,
        workshopId: 'workshop-1',
        turnId: 'turn-1',
        column,
        text: `A ${column} note`,
        link: null,
        authorRef: 'user:default/mei',
        createdAt: fromNow({}, 'utc'),
      }),
    );
    await renderRoom(
      roomApi(
        workshopRecord({
          turns: [turn({ steps: 'Looked at **the pods**' })],
          scenarios: [scenario()],
          notes,
        }),
      ),
    );

    await userEvent.click(
      await screen.findByRole('tab', { name: 'Retrospective' }),
    );

    for (const column of ['crappy', 'awesome', 'actions']) {
      expect(screen.getByText(`A ${column} note`)).toBeInTheDocument();
    }
    expect(screen.getByText('the pods')).toBeInTheDocument();
  });
});
