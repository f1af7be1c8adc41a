import {
  Desk,
  deskReport,
  DeskReport,
  deskTimeZone,
  isOpen,
  OrgReport,
  orgReportRow,
  ReportRange,
  ReportRequest,
  reportPeriods,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DutyRecordStore } from '../database/DutyRecordStore';
import { RequestStore } from '../database/RequestStore';
import { DeskService } from './DeskService';

/** The instants a report covers at a desk: its range widened to whole buckets. */
function spanOf(range: ReportRange, desk: Desk) {
  const periods = reportPeriods(
    range.from,
    range.to,
    range.bucket,
    deskTimeZone(desk),
  );
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
    },
  ) {}

  /** A desk's requests behind its report over `range`. */
  async deskRequests(
    teamRef: string,
    range: ReportRange,
  ): Promise<ReportedRequests> {
    const desk = await this.deps.desks.getDesk(teamRef);
    const span = spanOf(range, desk);
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
    const { desk, requests } = await this.deskRequests(teamRef, range);
    const span = spanOf(range, desk);
    const duty = await this.deps.dutyRecords.span(teamRef, span.from, span.to);
    return deskReport({ desk, range, requests, duty, now });
  }

  /**
   * Every desk's requests behind the org report, each desk's own range (in
   * its own zone) read at once: from the earliest start to the latest end.
   */
  async orgRequests(range: ReportRange): Promise<ReportedRequests[]> {
    const desks = await this.deps.desks.listDesks();
    if (desks.length === 0) {
      return [];
    }
    const spans = desks.map(desk => spanOf(range, desk));
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

  async orgReport(range: ReportRange, now: DateTime): Promise<OrgReport> {
    const desks = await this.orgRequests(range);
    return {
      bucket: range.bucket,
      desks: desks.map(({ desk, requests }) =>
        orgReportRow({ desk, range, requests, now }),
      ),
    };
  }
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
