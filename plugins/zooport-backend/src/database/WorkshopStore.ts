import { NotFoundError } from '@backstage/errors';
import {
  DEFAULT_WORKSHOP_CADENCE,
  ReadinessAction,
  ReadinessActionInput,
  ReadinessActionStatus,
  ReadinessActionUpdate,
  Workshop,
  WorkshopCadence,
  WorkshopInput,
  WorkshopNote,
  WorkshopNoteInput,
  WorkshopTurn,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { toStoredInstant, toStoredInstantText } from './util';

interface WorkshopRow {
  id: string;
  team_ref: string;
  starts_at: string;
  duration_minutes: number;
  facilitator_ref: string;
  participant_refs: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

interface TurnRow {
  id: string;
  workshop_id: string;
  team_ref: string;
  participant_ref: string;
  scenario_id: string;
  repeat: boolean | number;
  started_at: string;
  ended_at: string | null;
  steps: string;
  steps_updated_at: string | null;
  steps_updated_by: string | null;
}

interface NoteRow {
  id: string;
  workshop_id: string;
  turn_id: string | null;
  note_column: string;
  text: string;
  link: string | null;
  author_ref: string;
  created_at: string;
}

interface ActionRow {
  id: string;
  team_ref: string;
  workshop_id: string;
  turn_id: string | null;
  title: string;
  owner_ref: string;
  due_on: string;
  link: string | null;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

function toWorkshop(row: WorkshopRow, held: boolean): Workshop {
  return {
    id: row.id,
    teamRef: row.team_ref,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    endsAt: toStoredInstant(
      DateTime.fromISO(row.starts_at).plus({ minutes: row.duration_minutes }),
    ),
    facilitatorRef: row.facilitator_ref,
    participantRefs: JSON.parse(row.participant_refs),
    held,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toTurn(row: TurnRow): WorkshopTurn {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    participantRef: row.participant_ref,
    scenarioId: row.scenario_id,
    repeat: Boolean(row.repeat),
    startedAt: row.started_at,
    endedAt: row.ended_at,
    steps: row.steps,
    stepsUpdatedAt: row.steps_updated_at,
    stepsUpdatedBy: row.steps_updated_by,
  };
}

function toNote(row: NoteRow): WorkshopNote {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    turnId: row.turn_id,
    column: row.note_column as WorkshopNote['column'],
    text: row.text,
    link: row.link === null ? null : JSON.parse(row.link),
    authorRef: row.author_ref,
    createdAt: row.created_at,
  };
}

function toAction(row: ActionRow): ReadinessAction {
  return {
    id: row.id,
    teamRef: row.team_ref,
    workshopId: row.workshop_id,
    turnId: row.turn_id,
    title: row.title,
    ownerRef: row.owner_ref,
    dueOn: row.due_on,
    link: row.link === null ? null : JSON.parse(row.link),
    status: row.status as ReadinessActionStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

const workshopColumns = (input: WorkshopInput) => ({
  starts_at: toStoredInstantText(input.startsAt),
  duration_minutes: input.durationMinutes,
  facilitator_ref: input.facilitatorRef,
  participant_refs: JSON.stringify(input.participantRefs),
});

const actionColumns = (input: Omit<ReadinessActionInput, 'turnId'>) => ({
  title: input.title,
  owner_ref: input.ownerRef,
  due_on: input.dueOn,
  link: input.link === null ? null : JSON.stringify(input.link),
});

/**
 * A desk's workshops and their record (turns, notes, actions), and its
 * workshop cadence.
 */
export class WorkshopStore {
  constructor(private readonly db: Knex) {}

  /** Which of the workshops have a turn: those were held. */
  private async heldAmong(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const held: string[] = await this.db('readiness_turns')
      .whereIn('workshop_id', ids)
      .distinct()
      .pluck('workshop_id');
    return new Set(held);
  }

  async getWorkshop(teamRef: string, id: string): Promise<Workshop> {
    const row = await this.db<WorkshopRow>('readiness_workshops')
      .where({ id, team_ref: teamRef })
      .first();
    if (!row) {
      throw new NotFoundError(`No workshop ${id} of ${teamRef}`);
    }
    return toWorkshop(row, (await this.heldAmong([id])).has(id));
  }

  /** The desk's workshops, latest start first. */
  async listWorkshops(teamRef: string): Promise<Workshop[]> {
    const rows = await this.db<WorkshopRow>('readiness_workshops')
      .where({ team_ref: teamRef })
      .orderBy([
        { column: 'starts_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    const held = await this.heldAmong(rows.map(row => row.id));
    return rows.map(row => toWorkshop(row, held.has(row.id)));
  }

  async createWorkshop(
    teamRef: string,
    input: WorkshopInput,
    createdBy: string,
    now: DateTime,
  ): Promise<Workshop> {
    const id = randomUUID();
    const at = toStoredInstant(now);
    await this.db<WorkshopRow>('readiness_workshops').insert({
      id,
      team_ref: teamRef,
      ...workshopColumns(input),
      created_by: createdBy,
      created_at: at,
      updated_at: at,
    });
    return this.getWorkshop(teamRef, id);
  }

  async updateWorkshop(
    teamRef: string,
    id: string,
    input: WorkshopInput,
    now: DateTime,
  ): Promise<Workshop> {
    const updated = await this.db<WorkshopRow>('readiness_workshops')
      .where({ id, team_ref: teamRef })
      .update({ ...workshopColumns(input), updated_at: toStoredInstant(now) });
    if (updated !== 1) {
      throw new NotFoundError(`No workshop ${id} of ${teamRef}`);
    }
    return this.getWorkshop(teamRef, id);
  }

  /** The workshop's turns in the order they were drawn. */
  async listTurns(workshopId: string): Promise<WorkshopTurn[]> {
    const rows = await this.db<TurnRow>('readiness_turns')
      .where({ workshop_id: workshopId })
      .orderBy([{ column: 'started_at' }, { column: 'id' }]);
    return rows.map(toTurn);
  }

  async getTurn(workshopId: string, turnId: string): Promise<WorkshopTurn> {
    const row = await this.db<TurnRow>('readiness_turns')
      .where({ id: turnId, workshop_id: workshopId })
      .first();
    if (!row) {
      throw new NotFoundError(`No turn ${turnId} in workshop ${workshopId}`);
    }
    return toTurn(row);
  }

  /** The cards a person drew in any workshop of the desk, once per draw. */
  async drawnBy(teamRef: string, participantRef: string): Promise<string[]> {
    return this.db('readiness_turns')
      .where({ team_ref: teamRef, participant_ref: participantRef })
      .pluck('scenario_id');
  }

  /**
   * Records a draw as a new turn starting `now`, and ends the turn that
   * was running in the workshop, in one transaction.
   */
  async startTurn(turn: {
    teamRef: string;
    workshopId: string;
    participantRef: string;
    scenarioId: string;
    repeat: boolean;
    now: DateTime;
  }): Promise<WorkshopTurn> {
    const id = randomUUID();
    const at = toStoredInstant(turn.now);
    await this.db.transaction(async trx => {
      await trx<TurnRow>('readiness_turns')
        .where({ workshop_id: turn.workshopId })
        .whereNull('ended_at')
        .update({ ended_at: at });
      await trx<TurnRow>('readiness_turns').insert({
        id,
        workshop_id: turn.workshopId,
        team_ref: turn.teamRef,
        participant_ref: turn.participantRef,
        scenario_id: turn.scenarioId,
        repeat: turn.repeat,
        started_at: at,
        ended_at: null,
        steps: '',
        steps_updated_at: null,
        steps_updated_by: null,
      });
    });
    return this.getTurn(turn.workshopId, id);
  }

  /** Stops the turn's timer; a turn that ended keeps its end. */
  async endTurn(
    workshopId: string,
    turnId: string,
    now: DateTime,
  ): Promise<WorkshopTurn> {
    await this.getTurn(workshopId, turnId);
    await this.db<TurnRow>('readiness_turns')
      .where({ id: turnId })
      .whereNull('ended_at')
      .update({ ended_at: toStoredInstant(now) });
    return this.getTurn(workshopId, turnId);
  }

  /** Replaces the scribe's steps: the last save wins. */
  async saveSteps(options: {
    workshopId: string;
    turnId: string;
    steps: string;
    by: string;
    now: DateTime;
  }): Promise<WorkshopTurn> {
    const { workshopId, turnId } = options;
    const updated = await this.db<TurnRow>('readiness_turns')
      .where({ id: turnId, workshop_id: workshopId })
      .update({
        steps: options.steps,
        steps_updated_at: toStoredInstant(options.now),
        steps_updated_by: options.by,
      });
    if (updated !== 1) {
      throw new NotFoundError(`No turn ${turnId} in workshop ${workshopId}`);
    }
    return this.getTurn(workshopId, turnId);
  }

  async addNote(
    workshopId: string,
    input: WorkshopNoteInput,
    authorRef: string,
    now: DateTime,
  ): Promise<WorkshopNote> {
    const row: NoteRow = {
      id: randomUUID(),
      workshop_id: workshopId,
      turn_id: input.turnId,
      note_column: input.column,
      text: input.text,
      link: input.link === null ? null : JSON.stringify(input.link),
      author_ref: authorRef,
      created_at: toStoredInstant(now),
    };
    await this.db<NoteRow>('readiness_notes').insert(row);
    return toNote(row);
  }

  /** The workshop's notes in the order they were written. */
  async listNotes(workshopId: string): Promise<WorkshopNote[]> {
    const rows = await this.db<NoteRow>('readiness_notes')
      .where({ workshop_id: workshopId })
      .orderBy([{ column: 'created_at' }, { column: 'id' }]);
    return rows.map(toNote);
  }

  async addAction(options: {
    teamRef: string;
    workshopId: string;
    input: ReadinessActionInput;
    createdBy: string;
    now: DateTime;
  }): Promise<ReadinessAction> {
    const at = toStoredInstant(options.now);
    const row: ActionRow = {
      id: randomUUID(),
      team_ref: options.teamRef,
      workshop_id: options.workshopId,
      turn_id: options.input.turnId,
      ...actionColumns(options.input),
      status: 'open',
      created_by: options.createdBy,
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    await this.db<ActionRow>('readiness_actions').insert(row);
    return toAction(row);
  }

  async getAction(teamRef: string, id: string): Promise<ReadinessAction> {
    const row = await this.db<ActionRow>('readiness_actions')
      .where({ id, team_ref: teamRef })
      .first();
    if (!row) {
      throw new NotFoundError(`No action ${id} of ${teamRef}`);
    }
    return toAction(row);
  }

  /**
   * Saves the action as it now stands. It is closed when it turns done or
   * dropped, and open again (no longer closed) when it turns open.
   */
  async updateAction(
    teamRef: string,
    id: string,
    update: ReadinessActionUpdate,
    now: DateTime,
  ): Promise<ReadinessAction> {
    const current = await this.getAction(teamRef, id);
    const at = toStoredInstant(now);
    let closedAt = current.closedAt;
    if (update.status === 'open') {
      closedAt = null;
    } else if (update.status !== current.status) {
      closedAt = at;
    }
    await this.db<ActionRow>('readiness_actions')
      .where({ id })
      .update({
        ...actionColumns(update),
        status: update.status,
        updated_at: at,
        closed_at: closedAt,
      });
    return this.getAction(teamRef, id);
  }

  /** The desk's actions (of `statuses`, when given) by due date. */
  async listActions(
    filter: { teamRef: string } | { workshopId: string },
    statuses?: ReadinessActionStatus[],
  ): Promise<ReadinessAction[]> {
    const query = this.db<ActionRow>('readiness_actions')
      .where(
        'teamRef' in filter
          ? { team_ref: filter.teamRef }
          : { workshop_id: filter.workshopId },
      )
      .orderBy([{ column: 'due_on' }, { column: 'created_at' }]);
    if (statuses) {
      query.whereIn('status', statuses);
    }
    return (await query).map(toAction);
  }

  async getCadence(teamRef: string): Promise<WorkshopCadence> {
    const row = await this.db('readiness_cadences')
      .where({ team_ref: teamRef })
      .first();
    return row
      ? { every: row.every, unit: row.unit }
      : DEFAULT_WORKSHOP_CADENCE;
  }

  /** Every desk's cadence that was set; the others keep the default. */
  async listCadences(): Promise<Map<string, WorkshopCadence>> {
    const rows = await this.db('readiness_cadences');
    return new Map(
      rows.map(row => [row.team_ref, { every: row.every, unit: row.unit }]),
    );
  }

  async setCadence(
    teamRef: string,
    cadence: WorkshopCadence,
    by: string,
    now: DateTime,
  ): Promise<void> {
    await this.db('readiness_cadences')
      .insert({
        team_ref: teamRef,
        every: cadence.every,
        unit: cadence.unit,
        updated_by: by,
        updated_at: toStoredInstant(now),
      })
      .onConflict('team_ref')
      .merge();
  }

  /**
   * The start of each desk's latest workshop held (one with a turn) that
   * started by `now`; of one desk when `teamRef` is given.
   */
  async lastHeld(
    now: DateTime,
    teamRef?: string,
  ): Promise<Map<string, string>> {
    const query = this.db('readiness_workshops as w')
      .whereExists(held =>
        held
          .select(this.db.raw('1'))
          .from('readiness_turns as t')
          .where('t.workshop_id', this.db.ref('w.id')),
      )
      .where('w.starts_at', '<=', toStoredInstant(now))
      .groupBy('w.team_ref')
      .select('w.team_ref')
      .max({ last: 'w.starts_at' });
    if (teamRef) {
      query.where('w.team_ref', teamRef);
    }
    const rows: Record<string, string>[] = await query;
    return new Map(rows.map(row => [row.team_ref, row.last]));
  }
}
