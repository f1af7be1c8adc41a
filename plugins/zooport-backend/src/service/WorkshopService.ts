import { InputError } from '@backstage/errors';
import {
  drawScenario,
  ReadinessAction,
  ReadinessActionInput,
  ReadinessActionStatus,
  ReadinessActionUpdate,
  Workshop,
  WorkshopCadence,
  WorkshopCadenceSetting,
  workshopDueAt,
  WorkshopInput,
  WorkshopNote,
  WorkshopNoteInput,
  WorkshopRecord,
  WorkshopTurn,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { EntryStore } from '../database/EntryStore';
import { RequestStore } from '../database/RequestStore';
import { ScenarioStore } from '../database/ScenarioStore';
import { toStoredInstant } from '../database/util';
import { WorkshopStore } from '../database/WorkshopStore';
import { DeskService } from './DeskService';
import { TeamDirectory } from './TeamDirectory';

/**
 * A desk's workshops: planning them, drawing the cards, the scribe's steps,
 * the notes and actions, and the cadence they are held at.
 */
export class WorkshopService {
  constructor(
    private readonly deps: {
      workshops: WorkshopStore;
      scenarios: ScenarioStore;
      entries: Pick<EntryStore, 'getEntries'>;
      requests: Pick<RequestStore, 'getRequest'>;
      desks: Pick<DeskService, 'getDesk'>;
      deskStore: Pick<DeskStore, 'firstSavedAt'>;
      teams: Pick<TeamDirectory, 'getTeam' | 'membersOf'>;
      /** A number in [0, 1) for the draws; tests pass their own. */
      random?: () => number;
    },
  ) {}

  /** Refuses people who are not members of the team, naming the field. */
  private async checkMembers(
    teamRef: string,
    people: { field: string; userRef: string }[],
  ) {
    const team = await this.deps.teams.getTeam(teamRef);
    const members = team ? this.deps.teams.membersOf(team) : new Set();
    for (const { field, userRef } of people) {
      if (!members.has(userRef)) {
        throw new InputError(
          `${field}: ${userRef} is not a member of the team`,
        );
      }
    }
  }

  private async checkPlanned(teamRef: string, input: WorkshopInput) {
    await this.deps.desks.getDesk(teamRef);
    await this.checkMembers(teamRef, [
      { field: 'facilitatorRef', userRef: input.facilitatorRef },
      ...input.participantRefs.map((userRef, i) => ({
        field: `participantRefs.${i}`,
        userRef,
      })),
    ]);
  }

  async list(teamRef: string): Promise<Workshop[]> {
    await this.deps.desks.getDesk(teamRef);
    return this.deps.workshops.listWorkshops(teamRef);
  }

  async plan(
    teamRef: string,
    input: WorkshopInput,
    by: string,
    now: DateTime,
  ): Promise<Workshop> {
    await this.checkPlanned(teamRef, input);
    return this.deps.workshops.createWorkshop(teamRef, input, by, now);
  }

  async replan(
    teamRef: string,
    id: string,
    input: WorkshopInput,
    now: DateTime,
  ): Promise<Workshop> {
    await this.deps.workshops.getWorkshop(teamRef, id);
    await this.checkPlanned(teamRef, input);
    return this.deps.workshops.updateWorkshop(teamRef, id, input, now);
  }

  /** The whole record: turns, the scenarios drawn, notes and actions. */
  async record(teamRef: string, id: string): Promise<WorkshopRecord> {
    const workshop = await this.deps.workshops.getWorkshop(teamRef, id);
    const [turns, notes, actions] = await Promise.all([
      this.deps.workshops.listTurns(id),
      this.deps.workshops.listNotes(id),
      this.deps.workshops.listActions({ workshopId: id }),
    ]);
    const scenarios = await this.deps.scenarios.getScenarios(
      turns.map(turn => turn.scenarioId),
    );
    return { workshop, turns, scenarios, notes, actions };
  }

  /**
   * "Pass the hat": draws a ready card for a participant, one they never
   * drew in any workshop of the desk while the deck has one, and starts
   * their turn.
   */
  async draw(
    teamRef: string,
    workshopId: string,
    participantRef: string,
    now: DateTime,
  ): Promise<WorkshopTurn> {
    const workshop = await this.deps.workshops.getWorkshop(teamRef, workshopId);
    if (!workshop.participantRefs.includes(participantRef)) {
      throw new InputError(
        `participantRef: ${participantRef} is not a participant of the workshop`,
      );
    }
    const [deck, drawnBefore, turns] = await Promise.all([
      this.deps.scenarios.listScenarios(teamRef),
      this.deps.workshops.drawnBy(teamRef, participantRef),
      this.deps.workshops.listTurns(workshopId),
    ]);
    const drawn = drawScenario({
      deck: deck.filter(scenario => !scenario.draft).map(s => s.id),
      drawnBefore,
      drawnInWorkshop: turns.map(turn => turn.scenarioId),
      random: this.deps.random ?? Math.random,
    });
    if (!drawn) {
      throw new InputError(
        'The deck has no scenario to draw: write one, or finish a draft',
      );
    }
    return this.deps.workshops.startTurn({
      teamRef,
      workshopId,
      participantRef,
      ...drawn,
      now,
    });
  }

  async endTurn(
    teamRef: string,
    workshopId: string,
    turnId: string,
    now: DateTime,
  ): Promise<WorkshopTurn> {
    await this.deps.workshops.getWorkshop(teamRef, workshopId);
    return this.deps.workshops.endTurn(workshopId, turnId, now);
  }

  async saveSteps(options: {
    teamRef: string;
    workshopId: string;
    turnId: string;
    steps: string;
    by: string;
    now: DateTime;
  }): Promise<WorkshopTurn> {
    await this.deps.workshops.getWorkshop(options.teamRef, options.workshopId);
    return this.deps.workshops.saveSteps(options);
  }

  /** Refuses a turn id that is not one of the workshop's turns. */
  private async checkTurn(workshopId: string, turnId: string | null) {
    if (turnId !== null) {
      await this.deps.workshops.getTurn(workshopId, turnId).catch(() => {
        throw new InputError(`turnId: ${turnId} is no turn of the workshop`);
      });
    }
  }

  async addNote(
    teamRef: string,
    workshopId: string,
    input: WorkshopNoteInput,
    authorRef: string,
    now: DateTime,
  ): Promise<WorkshopNote> {
    await this.deps.workshops.getWorkshop(teamRef, workshopId);
    await this.checkTurn(workshopId, input.turnId);
    if (input.link?.kind === 'scenario') {
      await this.deps.scenarios
        .getScenarios([input.link.id])
        .then(([scenario]) => {
          if (scenario?.teamRef !== teamRef) {
            throw new InputError(
              `link.id: ${input.link!.id} is no scenario of the desk`,
            );
          }
        });
    }
    if (input.link?.kind === 'playbook') {
      const [entry] = await this.deps.entries.getEntries([input.link.id], now);
      if (entry?.kind !== 'playbook') {
        throw new InputError(`link.id: ${input.link.id} is no playbook`);
      }
    }
    return this.deps.workshops.addNote(workshopId, input, authorRef, now);
  }

  /** Refuses an owner outside the team and links to unknown things. */
  private async checkAction(
    teamRef: string,
    input: Omit<ReadinessActionInput, 'turnId'>,
    now: DateTime,
  ) {
    await this.checkMembers(teamRef, [
      { field: 'ownerRef', userRef: input.ownerRef },
    ]);
    const link = input.link;
    if (link?.kind === 'entry') {
      const [entry] = await this.deps.entries.getEntries([link.target], now);
      if (!entry) {
        throw new InputError(`link.target: no knowledge entry ${link.target}`);
      }
    }
    if (link?.kind === 'request') {
      await this.deps.requests.getRequest(link.target).catch(() => {
        throw new InputError(`link.target: no request ${link.target}`);
      });
    }
  }

  async addAction(
    teamRef: string,
    workshopId: string,
    input: ReadinessActionInput,
    createdBy: string,
    now: DateTime,
  ): Promise<ReadinessAction> {
    await this.deps.workshops.getWorkshop(teamRef, workshopId);
    await this.checkTurn(workshopId, input.turnId);
    await this.checkAction(teamRef, input, now);
    return this.deps.workshops.addAction({
      teamRef,
      workshopId,
      input,
      createdBy,
      now,
    });
  }

  async updateAction(
    teamRef: string,
    id: string,
    update: ReadinessActionUpdate,
    now: DateTime,
  ): Promise<ReadinessAction> {
    await this.deps.workshops.getAction(teamRef, id);
    await this.checkAction(teamRef, update, now);
    return this.deps.workshops.updateAction(teamRef, id, update, now);
  }

  async actions(
    teamRef: string,
    statuses?: ReadinessActionStatus[],
  ): Promise<ReadinessAction[]> {
    await this.deps.desks.getDesk(teamRef);
    return this.deps.workshops.listActions({ teamRef }, statuses);
  }

  async cadence(
    teamRef: string,
    now: DateTime,
  ): Promise<WorkshopCadenceSetting> {
    await this.deps.desks.getDesk(teamRef);
    const [cadence, lastHeld, firstSaved] = await Promise.all([
      this.deps.workshops.getCadence(teamRef),
      this.deps.workshops.lastHeld(now, teamRef),
      this.deps.deskStore.firstSavedAt(teamRef),
    ]);
    const lastHeldAt = lastHeld.get(teamRef) ?? null;
    const since = firstSaved.get(teamRef) ?? toStoredInstant(now);
    return {
      cadence,
      lastHeldAt,
      dueAt: toStoredInstant(
        workshopDueAt(
          cadence,
          lastHeldAt === null ? null : DateTime.fromISO(lastHeldAt),
          DateTime.fromISO(since),
        ),
      ),
    };
  }

  async setCadence(
    teamRef: string,
    cadence: WorkshopCadence,
    by: string,
    now: DateTime,
  ): Promise<WorkshopCadenceSetting> {
    await this.deps.desks.getDesk(teamRef);
    await this.deps.workshops.setCadence(teamRef, cadence, by, now);
    return this.cadence(teamRef, now);
  }
}
