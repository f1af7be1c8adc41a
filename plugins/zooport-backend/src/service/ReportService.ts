import {
  Desk,
  deskReport,
  DeskReport,
  deskTimeZone,
  isOpen,
  OrgReport,
  OrgReportDetail,
  ReportPeriod,
  ReportRange,
  ReportRequest,
  reportPeriods,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DutyRecordStore } from '../database/DutyRecordStore';
import { RangeTallyStore } from '../database/RangeTallyStore';
import { RequestStore } from '../database/RequestStore';
import { toStoredInstant, toStoredInstantText } from '../database/util';
import { orgReportRowOf } from './orgReportRow';
import { DeskService } from './DeskService';

/** A report's buckets on the wall clock of `zone`. */
const periodsIn = (range: ReportRange, zone: string) =>
  reportPeriods(range.from, range.to, range.bucket, zone);

/** The instants a report covers in some buckets: its range widened to whole buckets. */
function spanOf(periods: readonly ReportPeriod[]) {
  return {
    from: DateTime.fromISO(periods[0].start),
    to: DateTime.fromISO(periods[periods.length - 1].end),
  };
}

/** The requests of a report, with the desk and span they were read for. */
export interface ReportedRequests {
  desk: Desk;
  requests: ReportRequest[];
}

/**
 * Desk and org reports: reads the rows the figures need (no descriptions,
 * no comments, no internal notes) and hands them to the report maths.
 */
export class ReportService {
  constructor(
    private readonly deps: {
      requests: RequestStore;
      desks: DeskService;
      dutyRecords: DutyRecordStore;
      tallies: RangeTallyStore;
    },
  ) {}

  /** A desk's requests behind its report over `range`. */
  async deskRequests(
    teamRef: string,
    range: ReportRange,
  ): Promise<ReportedRequests> {
    const desk = await this.deps.desks.getDesk(teamRef);
    const span = spanOf(periodsIn(range, deskTimeZone(desk)));
    return {
      desk,
      requests: await this.deps.requests.reportRequests(
        [teamRef],
        span.from,
        span.to,
      ),
    };
  }

  async deskReport(
    teamRef: string,
    range: ReportRange,
    now: DateTime,
  ): Promise<DeskReport> {
    return (await this.deskReportAndRequests(teamRef, range, now)).report;
  }

  /** A desk's report over `range` and the requests it was made of. */
  async deskReportAndRequests(
    teamRef: string,
    range: ReportRange,
    now: DateTime,
  ): Promise<{ report: DeskReport; requests: ReportRequest[] }> {
    const { desk, requests } = await this.deskRequests(teamRef, range);
    const span = spanOf(periodsIn(range, deskTimeZone(desk)));
    const duty = await this.deps.dutyRecords.span(teamRef, span.from, span.to);
    return {
      report: deskReport({ desk, range, requests, duty, now }),
      requests,
    };
  }

  /** The stored desks, or those of them that `teamRefs` names. */
  private async reportedDesks(teamRefs?: string[]) {
    const desks = await this.deps.desks.listDesks();
    if (!teamRefs) {
      return desks;
    }
    const named = new Set(teamRefs);
    return desks.filter(desk => named.has(desk.teamRef));
  }

  /**
   * Every desk's requests behind the org report, each desk's own range (in
   * its own zone) read at once: from the earliest start to the latest end.
   */
  async orgRequests(
    range: ReportRange,
    teamRefs?: string[],
  ): Promise<ReportedRequests[]> {
    const desks = await this.reportedDesks(teamRefs);
    if (desks.length === 0) {
      return [];
    }
    const spans = desks.map(desk =>
      spanOf(periodsIn(range, deskTimeZone(desk))),
    );
    const rows = await this.deps.requests.reportRequests(
      desks.map(desk => desk.teamRef),
      DateTime.min(...spans.map(s => s.from))!,
      DateTime.max(...spans.map(s => s.to))!,
    );
    const byDesk = new Map<string, ReportRequest[]>(
      desks.map(desk => [desk.teamRef, []]),
    );
    for (const request of rows) {
      byDesk.get(request.teamRef)?.push(request);
    }
    return desks.map((desk, i) => {
      const open = openDuring(spans[i]);
      return { desk, requests: byDesk.get(desk.teamRef)!.filter(open) };
    });
  }

  /**
   * The org report: each desk's figures counted by the database, one query
   * for the desks of each time zone, the zones at once (PostgreSQL runs
   * them side by side; SQLite's one connection takes them in turn).
   */
  async orgReport(
    range: ReportRange,
    now: DateTime,
    options: { teamRefs?: string[]; detail?: OrgReportDetail } = {},
  ): Promise<OrgReport> {
    const { teamRefs, detail = 'buckets' } = options;
    const desks = await this.reportedDesks(teamRefs);
    const stillRunningAt = toStoredInstant(now);
    const zoneRows = await Promise.all(
      [...groupBy(desks, deskTimeZone)].map(async ([zone, zoneDesks]) => {
        const periods = periodsIn(range, zone);
        const bounds = [
          ...periods.map(p => toStoredInstantText(p.start)),
          toStoredInstantText(periods[periods.length - 1].end),
        ];
        const zoneTeamRefs = zoneDesks.map(desk => desk.teamRef);
        const tallies = await this.deps.tallies.tallies(zoneTeamRefs, {
          bounds,
          cuts: bounds
            .slice(1)
            .map(end => (end < stillRunningAt ? end : stillRunningAt)),
          now: stillRunningAt,
        });
        return zoneTeamRefs.map(teamRef =>
          orgReportRowOf(
            { teamRef, timeZone: zone },
            periods,
            tallies.get(teamRef)!,
            detail,
          ),
        );
      }),
    );
    const rows = new Map(
      zoneRows.flat().map(row => [row.teamRef, row] as const),
    );
    return {
      bucket: range.bucket,
      desks: desks.map(desk => rows.get(desk.teamRef)!),
    };
  }
}

function groupBy<T>(items: T[], keyOf: (item: T) => string) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return groups;
}

/** Whether a request read for a wider span was open during this desk's span. */
function openDuring(span: { from: DateTime; to: DateTime }) {
  const from = span.from.toUTC().toISO()!;
  const to = span.to.toUTC().toISO()!;
  return (request: ReportRequest) => {
    const finished = isOpen(request.status)
      ? null
      : request.resolvedAt ?? request.closedAt;
    return request.createdAt < to && (finished === null || finished >= from);
  };
}
