import { finishedAt } from './clocks';
import { firstAfter, PeriodIndex } from './periods';
import { ReportRequest, VolumeCounts } from './types';

/** Filed, resolved and open counts per bucket of one slice of requests. */
class VolumeTally {
  readonly filed: number[];
  readonly resolved: number[];
  /** Changes of the backlog: +1 where a request starts being open at a bucket's end, -1 where it stops. */
  private readonly openChanges: number[];

  constructor(size: number) {
    this.filed = new Array(size).fill(0);
    this.resolved = new Array(size).fill(0);
    this.openChanges = new Array(size + 1).fill(0);
  }

  add(filed: number, resolved: number, openFrom: number, openUntil: number) {
    if (filed >= 0) this.filed[filed]++;
    if (resolved >= 0) this.resolved[resolved]++;
    if (openFrom < openUntil) {
      this.openChanges[openFrom]++;
      this.openChanges[openUntil]--;
    }
  }

  counts(): VolumeCounts[] {
    let open = 0;
    return this.filed.map((filed, i) => {
      open += this.openChanges[i];
      return { filed, resolved: this.resolved[i], open };
    });
  }
}

/** Requests filed, resolved and open at the end of each bucket, and by type and priority. */
export interface Volume {
  total: VolumeCounts[];
  byType: Map<string, VolumeCounts[]>;
  byPriority: Map<string, VolumeCounts[]>;
}

/**
 * Counts per bucket: requests filed in it, resolved in it, and open at its
 * end (or now, for a bucket not over yet): filed before that instant and
 * not finished by it.
 */
export function volumeOf(
  requests: ReportRequest[],
  index: PeriodIndex,
  now: string,
  breakdown: boolean,
): Volume {
  const cuts = index.bounds.slice(1).map(end => (end < now ? end : now));
  const total = new VolumeTally(index.size);
  const byType = new Map<string, VolumeTally>();
  const byPriority = new Map<string, VolumeTally>();
  const tallyOf = (tallies: Map<string, VolumeTally>, key: string) => {
    let tally = tallies.get(key);
    if (!tally) {
      tally = new VolumeTally(index.size);
      tallies.set(key, tally);
    }
    return tally;
  };
  for (const request of requests) {
    const finished = finishedAt(request);
    // Open at a cut when filed before it and not finished before it.
    const place = [
      index.of(request.createdAt),
      index.of(request.resolvedAt),
      firstAfter(cuts, request.createdAt),
      finished === null ? index.size : firstAfter(cuts, finished),
    ] as const;
    total.add(...place);
    if (breakdown) {
      tallyOf(byType, request.typeName).add(...place);
      tallyOf(byPriority, request.priority).add(...place);
    }
  }
  const countsOf = (tallies: Map<string, VolumeTally>) =>
    new Map([...tallies].map(([key, tally]) => [key, tally.counts()]));
  return {
    total: total.counts(),
    byType: countsOf(byType),
    byPriority: countsOf(byPriority),
  };
}
