import { InputError } from '@backstage/errors';
import {
  Scenario,
  ScenarioDeck,
  ScenarioInput,
  scenarioDraftFromRequest,
  scenarioTarget,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { EntryStore } from '../database/EntryStore';
import { RequestStore } from '../database/RequestStore';
import { ScenarioStore } from '../database/ScenarioStore';
import { DeskService } from './DeskService';
import { TeamDirectory } from './TeamDirectory';

/** A desk's scenario deck: the cards its workshops draw. */
export class ScenarioService {
  constructor(
    private readonly deps: {
      scenarios: ScenarioStore;
      entries: Pick<EntryStore, 'getEntries'>;
      requests: Pick<RequestStore, 'getRequest' | 'listEvents'>;
      desks: Pick<DeskService, 'getDesk'>;
      teams: Pick<TeamDirectory, 'getTeam' | 'membersOf' | 'displayNames'>;
    },
  ) {}

  /** The deck, and how far it is from two cards per team member. */
  async deck(teamRef: string): Promise<ScenarioDeck> {
    await this.deps.desks.getDesk(teamRef);
    const [items, team] = await Promise.all([
      this.deps.scenarios.listScenarios(teamRef),
      this.deps.teams.getTeam(teamRef),
    ]);
    const members = team ? this.deps.teams.membersOf(team).size : 0;
    return {
      items,
      ready: items.filter(scenario => !scenario.draft).length,
      members,
      target: scenarioTarget(members),
    };
  }

  async get(teamRef: string, id: string): Promise<Scenario> {
    return this.deps.scenarios.getScenario(teamRef, id);
  }

  async create(
    teamRef: string,
    input: ScenarioInput,
    authorRef: string,
    now: DateTime,
  ): Promise<Scenario> {
    await this.deps.desks.getDesk(teamRef);
    await this.checkPlaybooks(teamRef, input.playbookIds, now);
    return this.deps.scenarios.createScenario({
      teamRef,
      input,
      authorRef,
      now,
    });
  }

  async update(options: {
    teamRef: string;
    id: string;
    input: ScenarioInput;
    expectedRevision?: number;
    authorRef: string;
    now: DateTime;
  }): Promise<Scenario> {
    await this.deps.scenarios.getScenario(options.teamRef, options.id);
    await this.checkPlaybooks(
      options.teamRef,
      options.input.playbookIds,
      options.now,
    );
    return this.deps.scenarios.updateScenario(options);
  }

  /** Saves an old version's content as the newest version. */
  async restore(
    teamRef: string,
    id: string,
    revision: number,
    authorRef: string,
    now: DateTime,
  ): Promise<Scenario> {
    await this.deps.scenarios.getScenario(teamRef, id);
    const version = await this.deps.scenarios.getVersion(id, revision);
    return this.deps.scenarios.updateScenario({
      teamRef,
      id,
      input: version.content,
      authorRef,
      now,
    });
  }

  async versions(teamRef: string, id: string) {
    await this.deps.scenarios.getScenario(teamRef, id);
    return this.deps.scenarios.listVersions(id);
  }

  delete(teamRef: string, id: string, now: DateTime) {
    return this.deps.scenarios.deleteScenario(teamRef, id, now);
  }

  /**
   * A draft scenario from a resolved or closed request of the desk: its
   * title, description and public conversation (never internal notes).
   */
  async draftFromRequest(
    teamRef: string,
    requestId: string,
    authorRef: string,
    now: DateTime,
  ): Promise<Scenario> {
    await this.deps.desks.getDesk(teamRef);
    const request = await this.deps.requests.getRequest(requestId);
    if (request.teamRef !== teamRef) {
      throw new InputError(
        `requestId: ${requestId} is a request of another desk`,
      );
    }
    if (request.status !== 'resolved' && request.status !== 'closed') {
      throw new InputError(
        `requestId: ${requestId} is not resolved yet (it is ${request.status})`,
      );
    }
    const events = await this.deps.requests.listEvents(requestId, {
      internal: false,
    });
    const nameOf = await this.deps.teams.displayNames([
      request.requesterRef,
      ...events.map(event => event.actorRef),
    ]);
    return this.deps.scenarios.createScenario({
      teamRef,
      input: scenarioDraftFromRequest(request, events, nameOf),
      sourceRequestId: requestId,
      authorRef,
      now,
    });
  }

  /** Refuses playbook ids that name no playbook of the desk. */
  private async checkPlaybooks(
    teamRef: string,
    playbookIds: string[],
    now: DateTime,
  ) {
    const playbooks = new Set(
      (await this.deps.entries.getEntries(playbookIds, now))
        .filter(entry => entry.teamRef === teamRef && entry.kind === 'playbook')
        .map(entry => entry.id),
    );
    playbookIds.forEach((id, i) => {
      if (!playbooks.has(id)) {
        throw new InputError(
          `playbookIds.${i}: ${id} is no playbook of the desk`,
        );
      }
    });
  }
}
