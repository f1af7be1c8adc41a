import { NotFoundError } from '@backstage/errors';
import {
  dailyDigest,
  DailyDigest,
  Desk,
  deskTimeZone,
  DigestDays,
  DigestPeriod,
  instantAtWallClock,
  latestDailyDigest,
  latestPlanningReminder,
  latestWeeklyReport,
  planningReminder,
  PlanningReminder,
  previousDailyDigestDue,
  weekAfter,
  weeklyReport,
  WeeklyReport,
  weeksOfReport,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DeskService } from './DeskService';
import { ReportService } from './ReportService';
import { RequestService } from './RequestService';
import { TeamDirectory } from './TeamDirectory';

/**
 * The daily digest, the weekly report and the planning reminder of a desk,
 * as they would be sent at an instant: what the previews show and the
 * digest sender sends.
 */
export class DigestService {
  constructor(
    private readonly deps: {
      desks: DeskService;
      requests: RequestService;
      reports: ReportService;
      teams: Pick<TeamDirectory, 'leadOf' | 'displayNames'>;
    },
  ) {}

  /** The latest daily digest due at `now`, made at `now`. */
  async daily(desk: Desk, now: DateTime): Promise<DailyDigest> {
    const period = latestDailyDigest(desk, now);
    if (!period) {
      throw new NotFoundError(
        `The desk ${
          desk.teamRef
        } had no support day in the two weeks before ${now.toISO()}`,
      );
    }
    const since = previousDailyDigestDue(desk, period);
    return dailyDigest({
      desk,
      period,
      since,
      requests: await this.deps.requests.openOrFiledSince(desk, since, now),
      recipients: await this.onDutyThatDay(desk, period),
    });
  }

  /** The latest weekly report due at `now`, made at `now`. */
  async weekly(desk: Desk, now: DateTime): Promise<WeeklyReport> {
    const period = latestWeeklyReport(desk, now);
    const { week, weekBefore } = weeksOfReport(period.date);
    const reportOf = (days: DigestDays) =>
      this.deps.reports.deskReportAndRequests(
        desk.teamRef,
        { ...days, bucket: 'day' },
        now,
      );
    const thisWeek = await reportOf(week);
    return weeklyReport({
      desk,
      period,
      week: thisWeek.report,
      weekBefore: (await reportOf(weekBefore)).report,
      weekRequests: thisWeek.requests,
      recipients: await this.teamAndLead(desk),
    });
  }

  /**
   * The latest planning reminder due at `now`, made at `now`: who the
   * desk's schedule puts on duty in the week after it.
   */
  async planning(desk: Desk, now: DateTime): Promise<PlanningReminder> {
    const period = latestPlanningReminder(desk, now);
    const week = weekAfter(desk, period);
    const shifts = await this.deps.desks.schedule(
      desk.teamRef,
      week.start,
      week.end,
    );
    return planningReminder({
      desk,
      period,
      shifts,
      nameOf: await this.deps.teams.displayNames([
        ...shifts.flatMap(shift =>
          shift.segments.flatMap(segment =>
            segment.onDuty.map(member => member.userRef),
          ),
        ),
        ...(desk.rotation?.fallback ? [desk.rotation.fallback] : []),
      ]),
      recipients: await this.teamAndLead(desk),
    });
  }

  /** The team's group and its lead, who get what is about the whole desk. */
  private async teamAndLead(desk: Desk): Promise<string[]> {
    const lead = await this.deps.teams.leadOf(desk.teamRef);
    return [desk.teamRef, ...(lead ? [lead] : [])];
  }

  /**
   * The people on duty on the digest's day: at its time, and in a shift
   * starting later that day.
   */
  private async onDutyThatDay(
    desk: Desk,
    period: DigestPeriod,
  ): Promise<string[]> {
    const { onDuty, next } = await this.deps.desks.onDuty(
      desk.teamRef,
      period.dueAt,
    );
    const endOfDay = instantAtWallClock(
      period.date.plus({ days: 1 }),
      '00:00',
      deskTimeZone(desk),
    );
    const later =
      next && DateTime.fromISO(next.start) < endOfDay ? next.onDuty : [];
    return [...new Set([...onDuty, ...later].map(m => m.userRef))];
  }
}
