import {
  deflectingCategories,
  isOpen,
  requestStatuses,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';

/** One SLA clock's counts over a range, with the minutes' middle and p90. */
export interface ClockTally {
  counted: number;
  met: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
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

/** A row of the tally query: which figure, whose, and its counts. */
interface TallyRow {
  figure: 'filed' | 'resolved' | 'open' | 'first' | 'resolution' | 'rank';
  team_ref: string;
  a: number | string | null;
  b: number | string | null;
  c: number | string | null;
  d: number | string | null;
  e: number | string | null;
}

/**
 * Named bindings for SQL built from nested parts: a value gets one name
 * however often and in whatever order the parts use it.
 */
class Sql {
  readonly bindings: Record<string, string> = {};
  private readonly names = new Map<string, string>();

  bind(value: string): string {
    let name = this.names.get(value);
    if (!name) {
      name = `v${this.names.size}`;
      this.names.set(value, name);
      this.bindings[name] = value;
    }
    return `:${name}`;
  }

  list(values: readonly string[]): string {
    return values.map(v => this.bind(v)).join(', ');
  }

  /**
   * The index of the first of `sorted` that `column` is below, else
   * `sorted.length`: a binary search written out as nested CASEs, so each
   * row costs a handful of comparisons however many buckets there are.
   */
  firstAbove(
    column: string,
    sorted: string[],
    low = 0,
    high = sorted.length,
  ): string {
    if (low >= high) {
      return String(high);
    }
    const middle = (low + high) >> 1;
    const below = `${column} < ${this.bind(sorted[middle])}`;
    return `case when ${below} then ${this.firstAbove(
      column,
      sorted,
      low,
      middle,
    )} else ${this.firstAbove(column, sorted, middle + 1, high)} end`;
  }

  /** The bucket of `column` (null outside the range) by the bucket bounds. */
  bucketOf(column: string, bounds: string[]) {
    const first = this.bind(bounds[0]);
    const end = this.bind(bounds[bounds.length - 1]);
    const inner = bounds.slice(1, -1);
    return `case when ${column} >= ${first} and ${column} < ${end} then ${this.firstAbove(
      column,
      inner,
    )} end`;
  }

  /** Whether `column` falls in the range. */
  inRange(column: string, bounds: string[]) {
    return `${column} >= ${this.bind(bounds[0])} and ${column} < ${this.bind(
      bounds[bounds.length - 1],
    )}`;
  }
}

const num = (value: number | string | null) => Number(value ?? 0);

/**
 * Counts the org report's figures in the database, one statement for the
 * desks that share a time zone (and so the buckets), instead of reading
 * each of their requests: a year of 100,000 requests comes back as a few
 * thousand rows of counts.
 */
export class RangeTallyStore {
  constructor(private readonly db: Knex) {}

  async tallies(
    teamRefs: string[],
    range: TallyCuts,
  ): Promise<Map<string, RangeTallies>> {
    const { bounds, cuts, now } = range;
    const size = bounds.length - 1;
    const sql = new Sql();
    const finished = `case when status in (${sql.list(
      openStatuses,
    )}) then null else coalesce(resolved_at, closed_at) end`;
    const columns = `team_ref, created_at, resolved_at, first_responded_at,
      first_response_due_at, resolution_due_at, first_response_minutes,
      resolution_category as category,
      resolution_minutes_spent as minutes_spent,
      ${finished} as finished_at`;
    // The rows of the range: filed in it, or filed before and open at its
    // start, in four disjoint parts that each follow an index on the desk.
    const part = (where: string) =>
      `select ${columns} from requests where team_ref in (${sql.list(
        teamRefs,
      )}) and ${where}`;
    const start = () => sql.bind(bounds[0]);
    const notOpen = () => `status not in (${sql.list(openStatuses)})`;
    const parts = [
      part(`${sql.inRange('created_at', bounds)}`),
      part(`created_at < ${start()} and status in (${sql.list(openStatuses)})`),
      part(
        `created_at < ${start()} and ${notOpen()} and resolved_at >= ${start()}`,
      ),
      part(
        `created_at < ${start()} and ${notOpen()} and resolved_at is null and closed_at >= ${start()}`,
      ),
    ];
    const firstAt = `case when first_responded_at is not null then first_responded_at
      when first_response_due_at < coalesce(finished_at, ${sql.bind(
        now,
      )}) then first_response_due_at end`;
    const resolutionAt = `case when finished_at is not null then finished_at
      when resolution_due_at < ${sql.bind(now)} then resolution_due_at end`;
    const deflecting = `case when category in (${sql.list(
      deflectingCategories,
    )}) then 1 else 0 end`;
    const placed = `select team_ref,
      ${sql.bucketOf('created_at', bounds)} as filed_in,
      ${sql.bucketOf('resolved_at', bounds)} as resolved_in,
      ${sql.firstAbove('created_at', cuts)} as open_from,
      case when finished_at is null then ${size} else ${sql.firstAbove(
      'finished_at',
      cuts,
    )} end as open_until,
      case when ${sql.inRange(
        '(first_at)',
        bounds,
      )} then 1 end as first_counted,
      case when first_responded_at is not null and (first_response_due_at is null
        or first_responded_at <= first_response_due_at) then 1 else 0 end as first_met,
      first_response_minutes,
      case when ${sql.inRange(
        '(resolution_at)',
        bounds,
      )} then 1 end as resolution_counted,
      case when finished_at is not null and (resolution_due_at is null
        or finished_at <= resolution_due_at) then 1 else 0 end as resolution_met,
      case when category is null then 0 else 1 end as categorised,
      ${deflecting} as deflected,
      minutes_spent
      from (select r.*, ${firstAt} as first_at, ${resolutionAt} as resolution_at
        from (${parts.join(' union all ')}) r) clocked`;
    const text = `with placed as materialized (${placed})
      select 'filed' as figure, team_ref, filed_in as a, count(*) as b,
        null as c, null as d, null as e
        from placed where filed_in is not null group by team_ref, filed_in
      union all
      select 'resolved', team_ref, resolved_in, count(*), sum(categorised),
        sum(deflected), sum(coalesce(minutes_spent, 0))
        from placed where resolved_in is not null group by team_ref, resolved_in
      union all
      select 'open', team_ref, open_from, open_until, count(*), null, null
        from placed where open_from < open_until
        group by team_ref, open_from, open_until
      union all
      select 'first', team_ref, count(*), sum(first_met), null, null, null
        from placed where first_counted = 1 group by team_ref
      union all
      select 'resolution', team_ref, count(*), sum(resolution_met), null, null, null
        from placed where resolution_counted = 1 group by team_ref
      union all
      select 'rank', team_ref, ranked, counted, first_response_minutes, null, null
        from (select team_ref, first_response_minutes,
            row_number() over (partition by team_ref order by first_response_minutes) as ranked,
            count(*) over (partition by team_ref) as counted
          from placed
          where first_counted = 1 and first_response_minutes is not null) ranks
        where ranked in ((counted + 1) / 2, counted / 2 + 1, (9 * counted + 9) / 10)`;
    const result = await this.db.raw(text, sql.bindings);
    const rows: TallyRow[] = Array.isArray(result) ? result : result.rows;
    return collect(teamRefs, size, rows);
  }
}

function emptyTallies(size: number): RangeTallies {
  const zeros = () => new Array<number>(size).fill(0);
  const clock = (): ClockTally => ({
    counted: 0,
    met: 0,
    medianMinutes: null,
    p90Minutes: null,
  });
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

/** The first-response minutes at the ranks the middle and p90 need, by desk. */
type Ranks = Map<string, { counted: number; values: Map<number, number> }>;

function collect(teamRefs: string[], size: number, rows: TallyRow[]) {
  const byDesk = new Map(teamRefs.map(ref => [ref, emptyTallies(size)]));
  const ranks: Ranks = new Map();
  for (const row of rows) {
    const tallies = byDesk.get(row.team_ref);
    if (!tallies) continue;
    const a = num(row.a);
    switch (row.figure) {
      case 'filed':
        tallies.filed[a] = num(row.b);
        break;
      case 'resolved':
        tallies.resolved[a] = num(row.b);
        tallies.categorised[a] = num(row.c);
        tallies.deflected[a] = num(row.d);
        tallies.minutesSpent += num(row.e);
        break;
      case 'open':
        tallies.openChanges[a] += num(row.c);
        tallies.openChanges[num(row.b)] -= num(row.c);
        break;
      case 'first':
      case 'resolution': {
        const clock =
          row.figure === 'first' ? tallies.firstResponse : tallies.resolution;
        clock.counted = a;
        clock.met = num(row.b);
        break;
      }
      case 'rank': {
        const desk = ranks.get(row.team_ref) ?? {
          counted: num(row.b),
          values: new Map(),
        };
        desk.values.set(a, num(row.c));
        ranks.set(row.team_ref, desk);
        break;
      }
      default:
        break;
    }
  }
  for (const [teamRef, { counted, values }] of ranks) {
    const clock = byDesk.get(teamRef)!.firstResponse;
    const at = (rank: number) => values.get(rank)!;
    clock.medianMinutes =
      counted % 2
        ? at((counted + 1) / 2)
        : (at(counted / 2) + at(counted / 2 + 1)) / 2;
    clock.p90Minutes = at(Math.ceil((9 * counted) / 10));
  }
  return byDesk;
}
