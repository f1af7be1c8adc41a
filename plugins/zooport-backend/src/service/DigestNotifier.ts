import {
  DailyDigest,
  Desk,
  PlanningReminder,
  WeeklyFigure,
  WeeklyReport,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { NoticePayload } from '../database/NoticeStore';
import { deskLocalTime } from './deskLocalTime';
import { animalOf, noticeText } from './RequestNotifier';

/** The notifications topics of the digests, which people route by. */
export const digestTopics = {
  daily: 'zooport-daily-digest',
  weekly: 'zooport-weekly-report',
  planning: 'zooport-planning-reminder',
} as const;

const dayOf = (date: string) => DateTime.fromISO(date).toFormat('ccc d LLL');

/** The notice of a daily digest: its counts and the oldest waiting request. */
export function dailyNotice(
  digest: DailyDigest,
  desk: Pick<Desk, 'animal'>,
): NoticePayload {
  const [oldest] = digest.oldestWaiting.requests;
  const counts = [
    `${digest.newSince.total} new since ${deskLocalTime(
      digest.since,
      digest.timeZone,
    )}`,
    `${digest.open.total} open`,
    `${digest.atRisk.total} at risk`,
    `${digest.breached.total} breached`,
  ].join(', ');
  return {
    title: `${animalOf(desk)}: daily digest, ${dayOf(digest.date)}`,
    description: oldest
      ? `${counts}. Oldest waiting: ${oldest.title} (since ${deskLocalTime(
          oldest.createdAt,
          digest.timeZone,
        )}).`
      : `${counts}.`,
    link: digest.link,
    topic: digestTopics.daily,
    scope: `digest:daily:${digest.teamRef}:${digest.date}`,
    severity: digest.breached.total > 0 ? 'high' : 'normal',
  };
}

const figureLabels: Record<WeeklyFigure['name'], string> = {
  filed: 'filed',
  resolved: 'resolved',
  openAtEnd: 'open at the end',
  breaches: 'breaches',
  firstResponseMetShare: 'first responses in time',
  resolutionMetShare: 'resolutions in time',
  deflectedShare: 'deflected',
  minutesSpent: 'minutes spent',
};

function figureText(figure: WeeklyFigure, value: number | null): string {
  if (value === null) {
    return '–';
  }
  return figure.name.endsWith('Share')
    ? `${Math.round(value * 100)} %`
    : String(value);
}

/** The notice of a weekly report: its key figures against the week before. */
export function weeklyNotice(
  report: WeeklyReport,
  desk: Pick<Desk, 'animal'>,
): NoticePayload {
  const figures = report.figures
    .map(
      figure =>
        `${figureText(figure, figure.week)} ${
          figureLabels[figure.name]
        } (${figureText(figure, figure.weekBefore)})`,
    )
    .join(', ');
  const topics = report.topics.map(t => t.name).join(', ');
  return {
    title: `${animalOf(desk)}: weekly report, ${dayOf(
      report.week.from,
    )} – ${dayOf(report.week.to)}`,
    description: `${figures}; the week before in brackets.${
      topics ? ` Top topics: ${topics}.` : ''
    }`,
    link: report.link,
    topic: digestTopics.weekly,
    scope: `digest:weekly:${report.teamRef}:${report.date}`,
  };
}

/** How many stretches on duty and gaps a planning notice names; the rest are counted. */
const PLANNING_LIST_LENGTH = 8;

/** Up to PLANNING_LIST_LENGTH of `items`, and how many more there are. */
function listed(items: string[]): string {
  const more = items.length - PLANNING_LIST_LENGTH;
  return [
    ...items.slice(0, PLANNING_LIST_LENGTH),
    ...(more > 0 ? [`${more} more`] : []),
  ].join('; ');
}

/**
 * The notice of a planning reminder: who is on duty next week and where
 * nobody is, in the desk's zone, named once.
 */
export function planningNotice(
  reminder: PlanningReminder,
  desk: Pick<Desk, 'animal'>,
): NoticePayload {
  const zone = reminder.timeZone;
  const local = (instant: string) =>
    DateTime.fromISO(instant).setZone(zone).toFormat('ccc d LLL HH:mm');
  const stretch = (span: { start: string; end: string }) =>
    `${local(span.start)} – ${local(span.end)}`;
  const onDuty = reminder.onDuty.map(
    duty => `${noticeText(duty.name)} (${duty.role}) ${stretch(duty)}`,
  );
  const gaps = reminder.gaps.map(stretch);
  const fallback = reminder.fallback
    ? ` (only the fallback, ${noticeText(reminder.fallback.name)})`
    : '';
  return {
    title: `${animalOf(desk)}: who is on support next week, ${dayOf(
      reminder.nextWeek.from,
    )} – ${dayOf(reminder.nextWeek.to)}`,
    description: [
      onDuty.length > 0
        ? `On duty: ${listed(onDuty)}.`
        : 'Nobody is on duty yet.',
      gaps.length > 0
        ? `Support hours with nobody on duty${fallback}: ${listed(gaps)}.`
        : 'Every support hour is covered.',
      `Times in ${zone}. Plan it in the rotation editor.`,
    ].join(' '),
    link: reminder.link,
    topic: digestTopics.planning,
    scope: `digest:planning:${reminder.teamRef}:${reminder.date}`,
    severity: gaps.length > 0 ? 'high' : 'normal',
  };
}

/** What a digest's webhook event carries: the digest as the preview shows it. */
export function digestWebhookPayload(
  event: string,
  digest: DailyDigest | WeeklyReport | PlanningReminder,
  now: DateTime,
) {
  return { event, at: now.toISO(), digest };
}
