import {
  Desk,
  DeskInput,
  IsoWeekday,
  isTimeOfDay,
  isValidTimeZone,
  SLACK_USER_GROUP_ID_PATTERN,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import {
  Problems,
  problemsOf,
  requiredTextProblem,
} from '../../../shared/EditorFields/problems';
import {
  JiraProjectDraft,
  jiraProjectDraftOf,
  jiraProjectOf,
  jiraProjectProblems,
} from '../../../shared/JiraProjectFields';
import { withoutAnchor } from '../RotationEditor/rotationDraft';
import { DigestsDraft, digestsDraftOf, digestsProblems } from './digestsDraft';

/** One opening range of a week, on the desk's wall clock. */
export interface WeeklyRange {
  day: IsoWeekday;
  /** HH:mm */
  start: string;
  end: string;
}

/** A desk's profile as typed so far in its editor; blanks are left out when saved. */
export interface ProfileDraft {
  animal: { name: string; emoji: string; colour: string };
  helpsWith: string;
  topics: string[];
  channels: { name: string; url: string }[];
  links: { title: string; url: string }[];
  timeZone: string;
  weekly: WeeklyRange[];
  /** YYYY-MM-DD */
  holidays: string[];
  /** None: the desk works every day. */
  supportDays: IsoWeekday[];
  digests: DigestsDraft;
  /** The Slack user group kept set to the people on duty; blank: none. */
  slackUserGroup: { id: string; handle: string };
  /** Where bug tickets are filed in Jira; a blank key: nowhere. */
  jiraProject: JiraProjectDraft;
}

/** The backend's limits on a desk. */
const limits = {
  animalName: 60,
  emoji: 16,
  helpsWith: 280,
  topic: 60,
  topics: 50,
  channelName: 100,
  channels: 20,
  linkTitle: 100,
  links: 50,
  weekly: 50,
  holidays: 400,
};

export function profileDraftOf(desk: Desk): ProfileDraft {
  const { animal, hours } = desk;
  return {
    animal: {
      name: animal.name,
      emoji: animal.emoji ?? '',
      colour: animal.colour ?? '',
    },
    helpsWith: desk.helpsWith ?? '',
    topics: desk.topics,
    channels: desk.channels.map(c => ({ name: c.name, url: c.url ?? '' })),
    links: desk.links,
    timeZone: hours.timeZone,
    weekly: hours.weekly,
    holidays: hours.holidays,
    supportDays: hours.supportDays ?? [],
    digests: digestsDraftOf(desk),
    slackUserGroup: {
      id: desk.slackUserGroup?.id ?? '',
      handle: desk.slackUserGroup?.handle ?? '',
    },
    jiraProject: jiraProjectDraftOf(desk.jiraProject),
  };
}

/** A new opening range: the day after the last one, at its hours. */
export function nextWeeklyRange(weekly: WeeklyRange[]): WeeklyRange {
  const last = weekly[weekly.length - 1];
  if (!last) {
    return { day: 1, start: '09:00', end: '17:00' };
  }
  return { ...last, day: ((last.day % 7) + 1) as IsoWeekday };
}

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

function tooMany(list: unknown[], max: number): string | undefined {
  return list.length > max ? `at most ${max}` : undefined;
}

const SLACK_HANDLE_PATTERN = /^@?[a-z0-9][a-z0-9._-]{0,79}$/;

function slackUserGroupProblems({
  id,
  handle,
}: ProfileDraft['slackUserGroup']) {
  return {
    'slackUserGroup.id':
      id.trim() && !SLACK_USER_GROUP_ID_PATTERN.test(id.trim())
        ? 'must be a Slack user group id, e.g. S0614TZR7'
        : undefined,
    'slackUserGroup.handle':
      (handle.trim() && !SLACK_HANDLE_PATTERN.test(handle.trim())
        ? 'lower-case letters, digits, . _ - only'
        : undefined) ??
      (handle.trim() && !id.trim() ? 'needs the user group id' : undefined),
  };
}

/** Why the backend would refuse the draft; empty when it would take it. */
export function profileProblems(draft: ProfileDraft): Problems {
  const problems: Record<string, string | undefined> = {
    'animal.name': requiredTextProblem(draft.animal.name, limits.animalName),
    'animal.emoji':
      draft.animal.emoji.trim().length > limits.emoji
        ? `at most ${limits.emoji} characters`
        : undefined,
    'animal.colour': /^(#[0-9a-fA-F]{6})?$/.test(draft.animal.colour.trim())
      ? undefined
      : 'must be a colour, #rrggbb',
    helpsWith:
      draft.helpsWith.trim().length > limits.helpsWith
        ? `at most ${limits.helpsWith} characters`
        : undefined,
    topics:
      tooMany(draft.topics, limits.topics) ??
      (draft.topics.some(topic => topic.length > limits.topic)
        ? `each at most ${limits.topic} characters`
        : undefined),
    channels: tooMany(draft.channels, limits.channels),
    links: tooMany(draft.links, limits.links),
    'hours.timeZone': isValidTimeZone(draft.timeZone.trim())
      ? undefined
      : 'must be an IANA time zone, e.g. Europe/Berlin',
    'hours.weekly': tooMany(draft.weekly, limits.weekly),
    'hours.holidays':
      tooMany(draft.holidays, limits.holidays) ??
      draft.holidays
        .filter(day => !isDate(day))
        .map(day => `${day} is not a date, YYYY-MM-DD`)[0],
    ...digestsProblems(draft.digests),
    ...slackUserGroupProblems(draft.slackUserGroup),
    ...jiraProjectProblems(draft.jiraProject),
  };
  draft.channels.forEach((channel, i) => {
    problems[`channels.${i}.name`] = requiredTextProblem(
      channel.name,
      limits.channelName,
    );
    if (channel.url.trim() && !isHttpUrl(channel.url.trim())) {
      problems[`channels.${i}.url`] = 'must be an http(s) URL';
    }
  });
  draft.links.forEach((link, i) => {
    problems[`links.${i}.title`] = requiredTextProblem(
      link.title,
      limits.linkTitle,
    );
    problems[`links.${i}.url`] = isHttpUrl(link.url.trim())
      ? undefined
      : 'must be an http(s) URL';
  });
  draft.weekly.forEach((range, i) => {
    const path = `hours.weekly.${i}`;
    if (!isTimeOfDay(range.start)) {
      problems[`${path}.start`] = 'must be a time of day, HH:mm';
    } else if (!isTimeOfDay(range.end)) {
      problems[`${path}.end`] = 'must be a time of day, HH:mm';
    } else if (range.start >= range.end) {
      problems[`${path}.end`] = 'must be after the start';
    }
  });
  return problemsOf(problems);
}

const byDay = (a: WeeklyRange, b: WeeklyRange) =>
  a.day - b.day || a.start.localeCompare(b.start);

/**
 * The `PUT` of `desk` with the draft's profile: trimmed, blanks left out,
 * opening ranges by day, holidays by date, its digest settings in full, and
 * the desk's rotation as it is.
 */
export function deskInputOf(draft: ProfileDraft, desk: Desk): DeskInput {
  const emoji = draft.animal.emoji.trim();
  const colour = draft.animal.colour.trim();
  const helpsWith = draft.helpsWith.trim();
  const supportDays = [...new Set(draft.supportDays)].sort((a, b) => a - b);
  const slackUserGroupId = draft.slackUserGroup.id.trim();
  const slackHandle = draft.slackUserGroup.handle.trim().replace(/^@/, '');
  const jiraProject = jiraProjectOf(draft.jiraProject);
  return {
    animal: {
      name: draft.animal.name.trim(),
      ...(emoji && { emoji }),
      ...(colour && { colour }),
    },
    ...(helpsWith && { helpsWith }),
    topics: [...new Set(draft.topics.map(topic => topic.trim()))],
    channels: draft.channels.map(channel => {
      const url = channel.url.trim();
      return { name: channel.name.trim(), ...(url && { url }) };
    }),
    links: draft.links.map(link => ({
      title: link.title.trim(),
      url: link.url.trim(),
    })),
    hours: {
      timeZone: draft.timeZone.trim(),
      weekly: [...draft.weekly].sort(byDay),
      holidays: [...new Set(draft.holidays)].sort(),
      ...(supportDays.length > 0 && { supportDays }),
    },
    digests: draft.digests,
    ...(slackUserGroupId && {
      slackUserGroup: {
        id: slackUserGroupId,
        ...(slackHandle && { handle: slackHandle }),
      },
    }),
    ...(jiraProject && { jiraProject }),
    // Exactly as the desk has it: a profile editor must not change it, as
    // that would need `zooport.rotation.update` too.
    rotation: desk.rotation && withoutAnchor(desk.rotation),
  };
}
