import {
  DailyDigest,
  Desk,
  WeeklyFigure,
  WeeklyReport,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { NoticePayload } from '../database/NoticeStore';
import { deskLocalTime } from './deskLocalTime';
import { animalOf } from './RequestNotifier';

/** The notifications topics of the digests, which people route by. */
export const digestTopics = {
  daily: 'zooport-daily-digest',
  weekly: 'zooport-weekly-report',
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

/** What a digest's webhook event carries: the digest as the preview shows it. */
export function digestWebhookPayload(
  event: string,
  digest: DailyDigest | WeeklyReport,
  now: DateTime,
) {
  return { event, at: now.toISO(), digest };
}
