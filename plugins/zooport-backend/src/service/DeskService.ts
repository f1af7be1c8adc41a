import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  Desk,
  DeskInput,
  DeskOnDuty,
  deskTimeZone,
  joinSchedules,
  membersOnDuty,
  MyShift,
  MyShifts,
  onDutyAt,
  OverrideInput,
  reanchor,
  recordedScheduledShift,
  RotationPreview,
  RotationOverride,
  RotationSpec,
  ScheduledShift,
  scheduleBetween,
  shiftAt,
  shiftBounds,
  shiftCalendar,
  shiftStart,
  ShiftViolation,
  StoredOverride,
  SupportCalendar,
  toWireInstant,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import {
  DeskStore,
  OverrideClash,
  PutDeskRequest,
  PutDeskResult,
} from '../database/DeskStore';
import { DutyRecordStore } from '../database/DutyRecordStore';
import { deskLocalTime } from './deskLocalTime';
import {
  onDutyFromRecord,
  recordCovers,
  withRecordedStart,
} from './recordedDuty';
import { changesRotation } from './rotationChange';
import { deskFromAnnotations, TeamDirectory } from './TeamDirectory';
import { ZooCards } from './ZooCards';

/** How far ahead a saved rotation is checked for broken rules. */
const SHIFTS_CHECKED_AHEAD = 8;
const CALENDAR_DAYS_BACK = 28;
const CALENDAR_DAYS_AHEAD = 182;
const MY_SHIFTS_DAYS_AHEAD = 91;

function violationsOf(shifts: ScheduledShift[]): ShiftViolation[] {
  return shifts
    .filter(shift => shift.missingCapabilities.length > 0)
    .map(shift => ({
      shiftStart: shift.start,
      missingCapabilities: shift.missingCapabilities,
    }));
}

/** What `localeCompare` does, without building a collator for each pair. */
const byTeamRef = new Intl.Collator();

function calendarOf(desk: Desk): SupportCalendar {
  return { timeZone: desk.hours.timeZone, supportDays: desk.hours.supportDays };
}

/** The rules of support desks and rotations, on top of the store and catalog. */
export class DeskService {
  private readonly zooCards = new ZooCards();

  constructor(
    private readonly store: DeskStore,
    private readonly teams: TeamDirectory,
    private readonly records: DutyRecordStore,
    private readonly logger: LoggerService,
  ) {}

  /** Stored desks, plus teams that only have catalog defaults so far. */
  async listDesks(): Promise<Desk[]> {
    const stored = await this.store.listDesks();
    const storedRefs = new Set(stored.map(d => d.teamRef));
    const defaults = (await this.teams.teamsWithAnimals())
      .map(team => deskFromAnnotations(team, this.logger))
      .filter((d): d is Desk => Boolean(d) && !storedRefs.has(d!.teamRef));
    return [...stored, ...defaults].sort((a, b) =>
      byTeamRef.compare(a.teamRef, b.teamRef),
    );
  }

  async getDesk(teamRef: string): Promise<Desk> {
    const stored = await this.store.getDesk(teamRef);
    if (stored) {
      return stored;
    }
    const team = await this.teams.getTeam(teamRef);
    const defaults = team && deskFromAnnotations(team, this.logger);
    if (!defaults) {
      throw new NotFoundError(`No support desk for ${teamRef}`);
    }
    return defaults;
  }

  async putDesk(options: PutDeskRequest): Promise<PutDeskResult> {
    const team = await this.teams.getTeam(options.teamRef);
    if (!team || team.kind.toLocaleLowerCase('en-US') !== 'group') {
      throw new NotFoundError(`No group ${options.teamRef} in the catalog`);
    }
    const { rotation } = options.input;
    const previous = await this.store.getDesk(options.teamRef);
    // A rotation sent back unchanged is not checked again: someone who has
    // left the team since must not block an edit of the desk's profile.
    if (rotation && changesRotation(previous?.rotation, rotation)) {
      await this.checkPeople(rotation, this.teams.membersOf(team));
    }
    const input: DeskInput = {
      ...options.input,
      rotation:
        rotation &&
        reanchor(previous?.rotation ?? undefined, rotation, options.now),
    };
    return this.store.putDesk({ ...options, input });
  }

  /** Participants and observers must be team members; the fallback a user. */
  private async checkPeople(rotation: RotationSpec, members: Set<string>) {
    const problems: string[] = [];
    rotation.participants.forEach((participant, i) => {
      if (!members.has(participant.userRef)) {
        problems.push(
          `rotation.participants.${i}.userRef: ${participant.userRef} is not a member of the team`,
        );
      }
    });
    rotation.observers.forEach((observer, i) => {
      if (!members.has(observer)) {
        problems.push(
          `rotation.observers.${i}: ${observer} is not a member of the team`,
        );
      }
    });
    if (rotation.fallback) {
      const known = await this.teams.existingUsers([rotation.fallback]);
      if (!known.has(rotation.fallback)) {
        problems.push(
          `rotation.fallback: ${rotation.fallback} is not a user in the catalog`,
        );
      }
    }
    if (problems.length > 0) {
      throw new InputError(problems.join('; '));
    }
  }

  /**
   * The next `count` shifts of `rotation` from `now`, with the desk's
   * overrides applied: what the desk will look like, whether or not the
   * rotation is saved yet.
   */
  private async shiftsAhead(
    desk: Desk,
    rotation: RotationSpec,
    now: DateTime,
    count: number,
  ): Promise<ScheduledShift[]> {
    const first = shiftAt(rotation, now)?.index ?? 0;
    const until = shiftStart(rotation, first + count);
    const overrides = await this.store.listOverrides({
      teamRefs: [desk.teamRef],
      after: now,
      before: until,
    });
    return scheduleBetween(rotation, overrides, now, until, calendarOf(desk));
  }

  /** Shifts ahead of `now` that break the rotation's capability rules. */
  async upcomingViolations(desk: Desk, now: DateTime) {
    if (!desk.rotation?.requiredCapabilities?.length) {
      return [];
    }
    return violationsOf(
      await this.shiftsAhead(desk, desk.rotation, now, SHIFTS_CHECKED_AHEAD),
    );
  }

  /**
   * What saving `rotation` would give: the next shifts as the server
   * computes them (with the anchor a save would set, and the desk's
   * overrides), and the rules they break. Nothing is written.
   */
  async previewRotation(
    teamRef: string,
    rotation: RotationSpec,
    now: DateTime,
    count: number,
  ): Promise<RotationPreview> {
    const desk = await this.getDesk(teamRef);
    const team = await this.teams.getTeam(teamRef);
    if (team) {
      await this.checkPeople(rotation, this.teams.membersOf(team));
    }
    const anchored = reanchor(desk.rotation ?? undefined, rotation, now);
    const shifts = await this.shiftsAhead(desk, anchored, now, count);
    return { teamRef, shifts, violations: violationsOf(shifts) };
  }

  onDutyFor(desk: Desk, overrides: StoredOverride[], at: DateTime): DeskOnDuty {
    const base = {
      teamRef: desk.teamRef,
      at: at.toISO()!,
      observers: desk.rotation?.observers ?? [],
    };
    if (!desk.rotation) {
      return { ...base, shift: null, onDuty: [], next: null };
    }
    const rotation = desk.rotation;
    const calendar = calendarOf(desk);
    const now = onDutyAt(rotation, overrides, at, calendar);
    const nextIndex = now.shift ? now.shift.index + 1 : 0;
    const nextStart = now.shift?.end ?? shiftStart(rotation, 0);
    const zone = rotation.timeZone;
    return {
      ...base,
      shift: now.shift
        ? {
            start: toWireInstant(now.shift.start, zone),
            end: toWireInstant(now.shift.end, zone),
          }
        : null,
      onDuty: now.onDuty,
      next: {
        start: toWireInstant(nextStart, zone),
        onDuty: membersOnDuty(
          rotation,
          overrides,
          nextIndex,
          nextStart,
          calendar,
        ),
      },
    };
  }

  /** Who is on duty at `at`, read from the database: for routing requests. */
  async onDuty(teamRef: string, at: DateTime): Promise<DeskOnDuty> {
    return (await this.deskOnDuty(teamRef, at)).onDuty;
  }

  /**
   * A desk and who is on duty at `at`, in one read of the database: what
   * routing a new request needs.
   */
  async deskOnDuty(
    teamRef: string,
    at: DateTime,
  ): Promise<{ desk: Desk; onDuty: DeskOnDuty }> {
    const stored = await this.store.getDeskWithOverrides(teamRef, at);
    const desk = stored?.desk ?? (await this.getDesk(teamRef));
    return {
      desk,
      onDuty: this.onDutyFor(desk, stored?.overrides ?? [], at),
    };
  }

  /**
   * Who is on duty at `at`, for people asking: through the desk store's
   * read cache unless `at` is before `now`. The past comes from the record
   * of duty where it covers `at`, since a rotation edit must not rewrite
   * it; before the record began it is worked out from today's rotation.
   */
  async lookUpOnDuty(
    teamRef: string,
    at: DateTime,
    now: DateTime,
  ): Promise<DeskOnDuty> {
    if (at >= now) {
      const [stored, record] = await Promise.all([
        this.store.getDeskForOnDuty(teamRef, at, now),
        this.records.running(teamRef),
      ]);
      const desk = stored?.desk ?? (await this.getDesk(teamRef));
      return withRecordedStart({
        computed: this.onDutyFor(desk, stored?.overrides ?? [], at),
        rotation: desk.rotation,
        record,
        at,
        zone: deskTimeZone(desk),
      });
    }
    return this.lookUpPastOnDuty(teamRef, at, now);
  }

  /** Who was on duty at `at`, before `now`: from the record if it covers it. */
  private async lookUpPastOnDuty(
    teamRef: string,
    at: DateTime,
    now: DateTime,
  ): Promise<DeskOnDuty> {
    const [stored, span] = await Promise.all([
      this.store.getDeskForOnDuty(teamRef, at, now),
      this.records.span(teamRef, at, at),
    ]);
    const desk = stored?.desk ?? (await this.getDesk(teamRef));
    const overrides = stored?.overrides ?? [];
    const zone = deskTimeZone(desk);
    if (span && recordCovers(span.coverage, at)) {
      const ended = span.shifts[0]?.end;
      const endedAt = ended ? DateTime.fromISO(ended) : undefined;
      return onDutyFromRecord({
        teamRef,
        at,
        span,
        nextSpan:
          endedAt && recordCovers(span.coverage, endedAt)
            ? await this.records.span(teamRef, endedAt, endedAt)
            : undefined,
        workedOutAtRecordEnd: () =>
          this.onDutyFor(desk, overrides, span.coverage.until),
        zone,
      });
    }
    return withRecordedStart({
      computed: this.onDutyFor(desk, overrides, at),
      rotation: desk.rotation,
      record: span && {
        coverage: span.coverage,
        shift: span.shifts.find(shift => shift.end === null),
      },
      at,
      zone,
    });
  }

  /** Every desk with its overrides that had not ended at `at`. */
  private async desksWithOverrides(
    at: DateTime,
  ): Promise<{ desk: Desk; overrides: StoredOverride[] }[]> {
    const [desks, overrides] = await Promise.all([
      this.listDesks(),
      this.store.listOverrides({ after: at }),
    ]);
    const byTeam = new Map<string, StoredOverride[]>();
    for (const override of overrides) {
      const ofTeam = byTeam.get(override.teamRef);
      if (ofTeam) {
        ofTeam.push(override);
      } else {
        byTeam.set(override.teamRef, [override]);
      }
    }
    return desks.map(desk => ({
      desk,
      overrides: byTeam.get(desk.teamRef) ?? [],
    }));
  }

  /**
   * Who is on duty at every desk at once, and until when: what the zoo's
   * cards show. Who comes next is left to each desk's own lookup.
   */
  async zoo(at: DateTime): Promise<ZooDesk[]> {
    return (await this.desksWithOverrides(at)).map(({ desk, overrides }) =>
      this.zooCards.cardOf(desk, overrides, at, calendarOf(desk)),
    );
  }

  /** Who is on duty at every desk and who comes next, for the handoffs. */
  async onDutyAtEveryDesk(
    at: DateTime,
  ): Promise<(DeskOnDuty & Pick<Desk, 'animal'> & { timeZone: string })[]> {
    return (await this.desksWithOverrides(at)).map(({ desk, overrides }) => ({
      animal: desk.animal,
      timeZone: deskTimeZone(desk),
      ...this.onDutyFor(desk, overrides, at),
    }));
  }

  async schedule(
    teamRef: string,
    from: DateTime,
    to: DateTime,
  ): Promise<ScheduledShift[]> {
    return this.scheduleOf(await this.getDesk(teamRef), from, to);
  }

  /**
   * The desk's shifts from `from` to `to`: as recorded where the record of
   * duty covers them, with the support days and zone then in force, worked
   * out from today's rotation before the record began and from where it
   * stops.
   */
  private async scheduleOf(
    desk: Desk,
    from: DateTime,
    to: DateTime,
  ): Promise<ScheduledShift[]> {
    const [computed, span] = await Promise.all([
      this.computedSchedule(desk, from, to),
      this.records.span(desk.teamRef, from, to),
    ]);
    if (
      !span ||
      span.coverage.until <= from ||
      span.coverage.from >= to ||
      +span.coverage.from === +span.coverage.until
    ) {
      return computed;
    }
    const { coverage } = span;
    const zone = deskTimeZone(desk);
    return joinSchedules({
      recorded: span.shifts.map(shift =>
        recordedScheduledShift(
          shift,
          span.stretches,
          coverage.until,
          span.revisions,
        ),
      ),
      lastRunning: span.shifts.at(-1)?.end === null,
      computed,
      from,
      recordFrom: coverage.from,
      until: coverage.until,
      zone,
    });
  }

  private async computedSchedule(
    desk: Desk,
    from: DateTime,
    to: DateTime,
  ): Promise<ScheduledShift[]> {
    if (!desk.rotation) {
      return [];
    }
    const overrides = await this.store.listOverrides({
      teamRefs: [desk.teamRef],
      after: from,
      before: to,
    });
    return scheduleBetween(
      desk.rotation,
      overrides,
      from,
      to,
      calendarOf(desk),
    );
  }

  async listOverrides(teamRef: string, after: DateTime) {
    await this.getDesk(teamRef);
    return this.store.listOverrides({ teamRefs: [teamRef], after });
  }

  async addOverride(
    teamRef: string,
    override: OverrideInput,
    createdBy: string,
    now: DateTime,
  ): Promise<StoredOverride> {
    const people = [override.userRef, override.replacementRef].filter(
      (ref): ref is string => Boolean(ref),
    );
    const known = await this.teams.existingUsers(people);
    const unknown = people.filter(ref => !known.has(ref));
    if (unknown.length > 0) {
      throw new InputError(`${unknown.join(', ')}: not a user in the catalog`);
    }
    const desk = await this.getDesk(teamRef);
    try {
      return await this.store.addOverride(teamRef, override, createdBy, now);
    } catch (error) {
      if (!(error instanceof OverrideClash)) {
        throw error;
      }
      const name = await this.teams.displayNames([error.userRef]);
      const zone = deskTimeZone(desk);
      throw new ConflictError(
        `${name(error.userRef)} already has an override from ${deskLocalTime(
          error.existing.start,
          zone,
        )} to ${deskLocalTime(error.existing.end, zone)}`,
      );
    }
  }

  async deleteOverride(
    teamRef: string,
    id: string,
    now: DateTime,
  ): Promise<void> {
    await this.store.deleteOverride(teamRef, id, now);
  }

  /** The desk's shifts as an iCalendar feed, a month back to half a year ahead. */
  async calendar(teamRef: string, now: DateTime): Promise<string> {
    const desk = await this.getDesk(teamRef);
    const shifts = await this.scheduleOf(
      desk,
      now.minus({ days: CALENDAR_DAYS_BACK }),
      now.plus({ days: CALENDAR_DAYS_AHEAD }),
    );
    return shiftCalendar({
      teamRef,
      title: [desk.animal.emoji, desk.animal.name].filter(Boolean).join(' '),
      shifts,
      generatedAt: now,
      displayName: await this.teams.displayNames(
        shifts.flatMap(shift =>
          shift.segments.flatMap(segment =>
            segment.onDuty.map(member => member.userRef),
          ),
        ),
      ),
    });
  }

  /**
   * The signed-in person's duty: stretches they are on duty (from the
   * rotation, an override or as fallback) in the coming weeks, and the
   * shifts they shadow as an observer now and next.
   */
  async myShifts(userRef: string, now: DateTime): Promise<MyShifts> {
    const until = now.plus({ days: MY_SHIFTS_DAYS_AHEAD });
    const desks = (await this.store.listDesks()).filter(d => d.rotation);
    const overrides = await this.store.listOverrides({
      after: now,
      before: until,
    });
    const shifts: MyShift[] = [];
    const observing: MyShift[] = [];
    for (const desk of desks) {
      const rotation = desk.rotation!;
      const deskOverrides = overrides.filter(o => o.teamRef === desk.teamRef);
      // Most desks cannot name this person at all; their schedules are
      // not worked out.
      if (!canBeOnDuty(userRef, rotation, deskOverrides)) {
        continue;
      }
      for (const shift of scheduleBetween(
        rotation,
        deskOverrides,
        now,
        until,
        calendarOf(desk),
      )) {
        for (const segment of shift.segments) {
          const me = segment.onDuty.find(m => m.userRef === userRef);
          if (me && DateTime.fromISO(segment.end) > now) {
            shifts.push({
              teamRef: desk.teamRef,
              animal: desk.animal,
              timeZone: rotation.timeZone,
              start: segment.start,
              end: segment.end,
              role: me.role,
              source: me.source,
            });
          }
        }
      }
      if (rotation.observers.includes(userRef)) {
        const current = shiftAt(rotation, now)?.index ?? 0;
        for (const index of [current, current + 1]) {
          const bounds = shiftBounds(rotation, index);
          if (bounds.end > now) {
            observing.push({
              teamRef: desk.teamRef,
              animal: desk.animal,
              timeZone: rotation.timeZone,
              start: toWireInstant(bounds.start, rotation.timeZone),
              end: toWireInstant(bounds.end, rotation.timeZone),
              role: 'observer',
              source: 'rotation',
            });
          }
        }
      }
    }
    const byStart = (a: MyShift, b: MyShift) => a.start.localeCompare(b.start);
    return {
      userRef,
      shifts: shifts.sort(byStart),
      observing: observing.sort(byStart),
    };
  }
}

/**
 * Whether a desk's rotation or one of its overrides names `userRef`: as a
 * participant, the fallback, an observer, one of the people kept on the
 * shift the rotation was edited in, or someone an override adds or brings in.
 */
function canBeOnDuty(
  userRef: string,
  rotation: RotationSpec,
  overrides: RotationOverride[],
): boolean {
  return (
    rotation.fallback === userRef ||
    rotation.observers.includes(userRef) ||
    rotation.participants.some(p => p.userRef === userRef) ||
    Boolean(rotation.anchor?.members?.includes(userRef)) ||
    overrides.some(o => o.userRef === userRef || o.replacementRef === userRef)
  );
}
