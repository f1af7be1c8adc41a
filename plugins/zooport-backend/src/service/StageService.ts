import { InputError } from '@backstage/errors';
import {
  DeskReadiness,
  MyReadiness,
  PersonReadiness,
  ReadinessStage,
  ReadinessWarning,
  readinessWarnings,
  ReadingItem,
  RotationSpec,
  ScheduledShift,
  StageHistory,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { EntryStore } from '../database/EntryStore';
import { StageStore } from '../database/StageStore';
import { DeskService } from './DeskService';
import { TeamDirectory } from './TeamDirectory';

/** How many shifts of the saved rotation `GET …/readiness` checks. */
const SHIFTS_CHECKED = 8;
/** The most playbooks listed to read first. */
const PLAYBOOKS_LISTED = 20;

/**
 * People's readiness stages at each desk: who is where, the history of
 * changes, and the warnings about shifts that need someone ready.
 */
export class StageService {
  constructor(
    private readonly deps: {
      stages: StageStore;
      desks: Pick<DeskService, 'getDesk' | 'previewRotation'>;
      teams: Pick<TeamDirectory, 'getTeam' | 'membersOf'>;
      entries: Pick<EntryStore, 'listEntries'>;
    },
  ) {}

  private async members(teamRef: string): Promise<Set<string>> {
    const team = await this.deps.teams.getTeam(teamRef);
    return team ? this.deps.teams.membersOf(team) : new Set();
  }

  /** The warnings about `shifts` of `rotation`, by the desk's stages. */
  async warnings(
    teamRef: string,
    rotation: RotationSpec,
    shifts: ScheduledShift[],
  ): Promise<ReadinessWarning[]> {
    const staged = await this.deps.stages.stagesAt(teamRef);
    return readinessWarnings({
      shifts,
      stages: new Map(
        staged.map(p => [p.userRef, { stage: p.stage, since: p.since! }]),
      ),
      observers: rotation.observers,
    });
  }

  /** The desk's playbooks, by title: what a newcomer reads first. */
  async playbooks(teamRef: string, now: DateTime): Promise<ReadingItem[]> {
    const { items } = await this.deps.entries.listEntries(
      { teamRefs: [teamRef], kind: 'playbook' },
      { limit: PLAYBOOKS_LISTED, now },
    );
    return items.map(({ id, title }) => ({ id, title }));
  }

  async deskReadiness(teamRef: string, now: DateTime): Promise<DeskReadiness> {
    const desk = await this.deps.desks.getDesk(teamRef);
    const staged = await this.deps.stages.stagesAt(teamRef);
    const byUser = new Map(staged.map(p => [p.userRef, p]));
    const people = [
      ...new Set([...(await this.members(teamRef)), ...byUser.keys()]),
    ]
      .sort()
      .map((userRef): PersonReadiness => {
        const person = byUser.get(userRef);
        return {
          userRef,
          stage: person?.stage ?? 'ready',
          staged: person !== undefined,
          since: person?.since ?? null,
          changedBy: person?.changedBy ?? null,
        };
      });
    const warnings = desk.rotation
      ? await this.warnings(
          teamRef,
          desk.rotation,
          (
            await this.deps.desks.previewRotation(
              teamRef,
              desk.rotation,
              now,
              SHIFTS_CHECKED,
            )
          ).shifts,
        )
      : [];
    return {
      teamRef,
      people,
      warnings,
      playbooks: await this.playbooks(teamRef, now),
    };
  }

  /** Moves a member of the team to `stage`; 400 for anyone else. */
  async setStage(options: {
    teamRef: string;
    userRef: string;
    stage: ReadinessStage;
    changedBy: string;
    now: DateTime;
  }): Promise<PersonReadiness> {
    await this.deps.desks.getDesk(options.teamRef);
    if (!(await this.members(options.teamRef)).has(options.userRef)) {
      throw new InputError(
        `${options.userRef} is not a member of ${options.teamRef}`,
      );
    }
    await this.deps.stages.setStage(options);
    return {
      userRef: options.userRef,
      stage: options.stage,
      staged: true,
      since: options.now.toUTC().toISO()!,
      changedBy: options.changedBy,
    };
  }

  async history(teamRef: string, userRef: string): Promise<StageHistory> {
    await this.deps.desks.getDesk(teamRef);
    return {
      teamRef,
      userRef,
      changes: await this.deps.stages.history(teamRef, userRef),
    };
  }

  /** The desks where `userRef` is not ready yet, with their playbooks. */
  async mine(userRef: string, now: DateTime): Promise<MyReadiness> {
    const stages = (await this.deps.stages.stagesOf(userRef)).filter(
      s => s.stage !== 'ready',
    );
    return {
      userRef,
      desks: await Promise.all(
        stages.map(async s => ({
          teamRef: s.teamRef,
          stage: s.stage,
          since: s.since!,
          playbooks: await this.playbooks(s.teamRef, now),
        })),
      ),
    };
  }
}
