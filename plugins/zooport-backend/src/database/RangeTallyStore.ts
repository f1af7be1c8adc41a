import {
  deflectingCategories,
  isOpen,
  requestStatuses,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';

/** One SLA clock's counts over a range: stopped (or run out) in it, and of those in time. */
export interface ClockTally {
  counted: number;
  met: number;
}

/**
 * What the database counts of a desk's requests over a range cut into
 * buckets, with what `rangeFigures` in the common package counts from the
 * same rows: per bucket, the requests filed in it and resolved in it (with
 * those resolved by a category, and by a deflecting one), the changes of
 * the backlog at the cuts, and over the range the SLA clocks that stopped
 * (or ran out) in it and the minutes spent.
 */
export interface RangeTallies {
  filed: number[];
  resolved: number[];
  categorised: number[];
  deflected: number[];
  /** +n where n requests start being open at a cut, -n where they stop; one more than the buckets. */
  openChanges: number[];
  minutesSpent: number;
  firstResponse: ClockTally;
  resolution: ClockTally;
}

/** Where a range's buckets start and end, and the instants the backlog is counted at. */
export interface TallyCuts {
  /** Bucket starts, then the end of the last one: stored instants. */
  bounds: string[];
  /** The instant each bucket's backlog is counted at: its end, or now. */
  cuts: string[];
  /** Now, as a stored instant: clocks still running are counted against it. */
  now: string;
}

const openStatuses = requestStatuses.filter(isOpen);

/** Desks per look-up, well under the bound parameters either database takes. */
const MAX_DESKS_PER_QUERY = 500;

/** A row of the tally query: which figure, whose, and its counts. */
interface TallyRow {
  figure: 'created' | 'resolved' | 'closed' | 'openAtStart' | 'clocks';
  team_ref: string;
  a: number | string | null;
  b: number | string | null;
  c: number | string | null;
  d: number | string | null;
  e: number | string | null;
  f: number | string | null;
}

/** Named bindings for SQL built from parts: a value gets one name however often it is used. */
class Sql {
  readonly bindings: Record<string, string | number> = {};
  private readonly names = new Map<string | number, string>();

  bind(value: string | number): string {
    let name = this.names.get(value);
    if (!name) {
      name = `v${this.names.size}`;
      this.names.set(value, name);
      this.bindings[name] = value;
    }
    return `:${name}`;
  }

  list(values: readonly (string | number)[]): string {
    return values.map(v => this.bind(v)).join(', ');
  }
}

/**
 * The spans a range is counted over: its buckets (by their bounds), then
 * any span between two backlog cuts that is not a bucket (the bucket that
 * holds now, cut at now). `cutSpan[k]` is the span ending at cut k.
 */
function spansOf({ bounds, cuts }: TallyCuts) {
  const spans = bounds.slice(1).map((end, k) => ({ from: bounds[k], to: end }));
  const cutSpan = cuts.map((cut, k) => {
    const from = k === 0 ? bounds[0] : cuts[k - 1];
    const same = spans.findIndex(span => span.from === from && span.to === cut);
    if (same >= 0) return same;
    spans.push({ from, to: cut });
    return spans.length - 1;
  });
  return { spans, cutSpan };
}

const num = (value: number | string | null) => Number(value ?? 0);

/**
 * Counts the org report's figures in the database, one statement for the
 * desks that share a time zone (and so the buckets), instead of reading
 * each of their requests. Each bucket's counts are ranges of covering
 * indexes (by filing, resolution and closing time), so a year of 100,000
 * requests is counted without reading a row of the table or working out a
 * bucket per request.
 */
export class RangeTallyStore {
  constructor(private readonly db: Knex) {}

  async tallies(
    teamRefs: string[],
    range: TallyCuts,
  ): Promise<Map<string, RangeTallies>> {
    const size = range.bounds.length - 1;
    const active = await this.filedBefore(
      teamRefs,
      range.bounds[range.bounds.length - 1],
    );
    const counted = active.length ? await this.count(active, range) : [];
    return collect(teamRefs, size, spansOf(range).cutSpan, counted);
  }

  /**
   * The desks with a request filed before `end`: one index look-up each.
   * The others have nothing to count, and each desk costs a look-up per
   * bucket in the counting statement.
   */
  private async filedBefore(teamRefs: string[], end: string) {
    const rows: { team_ref: string }[] = [];
    for (let i = 0; i < teamRefs.length; i += MAX_DESKS_PER_QUERY) {
      const batch = teamRefs.slice(i, i + MAX_DESKS_PER_QUERY);
      const filed = this.db('requests as r')
        .select(this.db.raw('1'))
        .whereRaw('r.team_ref = d.team_ref')
        .where('r.created_at', '<', end);
      rows.push(
        ...(await this.db
          .with(
            'd',
            ['team_ref'],
            this.db.raw(`values ${batch.map(() => '(?)').join(', ')}`, batch),
          )
          .select('team_ref')
          .from('d')
          .whereExists(filed)),
      );
    }
    return rows.map(row => row.team_ref);
  }

  private async count(
    teamRefs: string[],
    range: TallyCuts,
  ): Promise<TallyRow[]> {
    const { bounds, now } = range;
    const { spans } = spansOf(range);
    const sql = new Sql();
    const start = sql.bind(bounds[0]);
    const end = sql.bind(bounds[bounds.length - 1]);
    const nowAt = sql.bind(now);
    const openStatus = (column: string) =>
      `${column} in (${sql.list(openStatuses)})`;
    const open = openStatus('status');
    const tables = `with d (team_ref) as (values ${teamRefs
      .map(ref => `(${sql.bind(ref)})`)
      .join(', ')}),
      s (id, lo, hi) as (values ${spans
        .map(
          ({ from, to }, id) => `(${id}, ${sql.bind(from)}, ${sql.bind(to)})`,
        )
        .join(', ')})`;
    // Each desk's requests in each span by one instant: a range of the
    // index on the desk and that instant, per desk and span.
    const perSpan = (instant: string, figures: string) =>
      `select r.team_ref, s.id as a, ${figures}
        from d cross join s
        join requests r on r.team_ref = d.team_ref
          and r.${instant} >= s.lo and r.${instant} < s.hi
        group by r.team_ref, s.id`;
    const deflecting = `case when resolution_category in (${sql.list(
      deflectingCategories,
    )}) then 1 else 0 end`;
    const ofDesks = `team_ref in (${sql.list(teamRefs)})`;
    // The requests of the range: filed in it, or filed before and open at
    // its start, in four disjoint parts that each follow an index.
    const beforeStart = `${ofDesks} and created_at < ${start}`;
    const openAtStart = [
      `${beforeStart} and ${open}`,
      `${beforeStart} and not ${open} and resolved_at >= ${start}`,
      `${beforeStart} and not ${open} and resolved_at is null and closed_at >= ${start}`,
    ];
    const parts = [
      `${ofDesks} and created_at >= ${start} and created_at < ${end}`,
      ...openAtStart,
    ];
    const inRange = (at: string) => `${at} >= ${start} and ${at} < ${end}`;
    const finishedAt = 'coalesce(resolved_at, closed_at)';
    const running = `${open} or ${finishedAt} is null`;
    // Each SLA clock is counted where it stopped, or where its deadline
    // passed while it still ran (see the report maths' clocks).
    const firstCounted = `case
      when first_responded_at is not null then case when ${inRange(
        'first_responded_at',
      )} then 1 else 0 end
      when ${inRange('first_response_due_at')} and first_response_due_at <
        case when ${running} then ${nowAt} else ${finishedAt} end then 1
      else 0 end`;
    const firstMet = `case when ${inRange('first_responded_at')}
      and (first_response_due_at is null
        or first_responded_at <= first_response_due_at) then 1 else 0 end`;
    const resolutionCounted = `case
      when ${running} then case when ${inRange(
      'resolution_due_at',
    )} and resolution_due_at < ${nowAt} then 1 else 0 end
      when ${inRange(finishedAt)} then 1 else 0 end`;
    const resolutionMet = `case when not (${running}) and ${inRange(finishedAt)}
      and (resolution_due_at is null or ${finishedAt} <= resolution_due_at)
      then 1 else 0 end`;
    // The SLA clocks counted in the range, per part: each part is read in
    // the order of its index, so its desks group without sorting.
    const clocksOf = (where: string) => `select 'clocks', team_ref,
        sum(${firstCounted}), sum(${firstMet}),
        sum(${resolutionCounted}), sum(${resolutionMet}), null, null
      from requests where ${where} group by team_ref`;
    const text = `${tables} ${[
      `select 'created' as figure, q.*, null as c, null as d, null as e, null as f
        from (${perSpan('created_at', 'count(*) as b')}) q`,
      `select 'resolved', q.* from (${perSpan(
        'resolved_at',
        `count(*), count(r.resolution_category), sum(${deflecting}),
          coalesce(sum(r.resolution_minutes_spent), 0),
          sum(case when ${openStatus('r.status')} then 0 else 1 end)`,
      )}) q`,
      // Filtered in the count, not the join, which would send the planner
      // to the index on resolution time for the missing resolutions.
      `select 'closed', q.*, null, null, null, null from (${perSpan(
        'closed_at',
        `sum(case when r.resolved_at is null and not ${openStatus(
          'r.status',
        )} then 1 else 0 end)`,
      )}) q`,
      `select 'openAtStart', team_ref, count(*), null, null, null, null, null
        from (${openAtStart
          .map(where => `select team_ref from requests where ${where}`)
          .join(' union all ')}) q group by team_ref`,
      ...parts.map(clocksOf),
    ].join(' union all ')}`;
    const result = await this.withoutStartUpCosts(db =>
      db.raw(text, sql.bindings),
    );
    return Array.isArray(result) ? result : result.rows;
  }

  /**
   * Runs `query` on PostgreSQL without compiling it to machine code (JIT)
   * or starting parallel workers: the statement's cost estimate asks for
   * both, yet its index ranges take milliseconds, and each would add tens
   * of milliseconds of start-up to every report.
   */
  private async withoutStartUpCosts<T>(query: (db: Knex) => Promise<T>) {
    if (this.db.client.config.client !== 'pg') {
      return query(this.db);
    }
    return this.db.transaction(async trx => {
      await trx.raw('set local jit = off');
      await trx.raw('set local max_parallel_workers_per_gather = 0');
      return query(trx);
    });
  }
}

function emptyTallies(size: number): RangeTallies {
  const zeros = () => new Array<number>(size).fill(0);
  const clock = (): ClockTally => ({ counted: 0, met: 0 });
  return {
    filed: zeros(),
    resolved: zeros(),
    categorised: zeros(),
    deflected: zeros(),
    openChanges: new Array<number>(size + 1).fill(0),
    minutesSpent: 0,
    firstResponse: clock(),
    resolution: clock(),
  };
}

/** What one desk's rows say, before the backlog and the minutes' ranks are worked out. */
interface DeskCounts {
  tallies: RangeTallies;
  createdIn: Map<number, number>;
  finishedIn: Map<number, number>;
  openAtStart: number;
}

function collect(
  teamRefs: string[],
  size: number,
  cutSpan: number[],
  rows: TallyRow[],
): Map<string, RangeTallies> {
  const byDesk = new Map<string, DeskCounts>(
    teamRefs.map(ref => [
      ref,
      {
        tallies: emptyTallies(size),
        createdIn: new Map(),
        finishedIn: new Map(),
        openAtStart: 0,
      },
    ]),
  );
  const add = (counts: Map<number, number>, key: number, n: number) =>
    counts.set(key, (counts.get(key) ?? 0) + n);
  for (const row of rows) {
    const desk = byDesk.get(row.team_ref);
    if (!desk) continue;
    const { tallies } = desk;
    const span = num(row.a);
    switch (row.figure) {
      case 'created':
        add(desk.createdIn, span, num(row.b));
        if (span < size) tallies.filed[span] = num(row.b);
        break;
      case 'resolved':
        if (span < size) {
          tallies.resolved[span] = num(row.b);
          tallies.categorised[span] = num(row.c);
          tallies.deflected[span] = num(row.d);
          tallies.minutesSpent += num(row.e);
        }
        add(desk.finishedIn, span, num(row.f));
        break;
      case 'closed':
        add(desk.finishedIn, span, num(row.b));
        break;
      case 'openAtStart':
        desk.openAtStart = num(row.a);
        break;
      case 'clocks':
        countClocks(desk, row);
        break;
      default:
        break;
    }
  }
  return new Map(
    [...byDesk].map(([ref, desk]) => {
      const { tallies } = desk;
      cutSpan.forEach((span, k) => {
        tallies.openChanges[k] =
          (k === 0 ? desk.openAtStart : 0) +
          (desk.createdIn.get(span) ?? 0) -
          (desk.finishedIn.get(span) ?? 0);
      });
      return [ref, tallies];
    }),
  );
}

/** Adds one part's SLA clock totals: counted and met, first response then resolution. */
function countClocks(desk: DeskCounts, row: TallyRow) {
  const { firstResponse, resolution } = desk.tallies;
  firstResponse.counted += num(row.a);
  firstResponse.met += num(row.b);
  resolution.counted += num(row.c);
  resolution.met += num(row.d);
}
