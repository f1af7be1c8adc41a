import { Desk, RotationSpec } from '@zooport/plugin-zooport-common';
import { turtleDesk } from '../../../../__testUtils__/fakeZooportApi';
import {
  ProfileDraft,
  deskInputOf,
  nextWeeklyRange,
  profileDraftOf,
  profileProblems,
} from './profileDraft';

const rotation: RotationSpec = {
  timeZone: 'Europe/Berlin',
  handoff: { day: 3, time: '09:00' },
  shiftLength: { unit: 'week', count: 1 },
  membersPerShift: 1,
  participants: [{ userRef: 'user:default/amara', capabilities: [] }],
  start: '2026-01-07',
  fallback: null,
  observers: [],
  anchor: { shift: 40, position: 0 },
};

const desk: Desk = {
  ...turtleDesk,
  rotation,
  hours: {
    timeZone: 'Europe/Berlin',
    weekly: [{ day: 1, start: '09:00', end: '17:00' }],
    holidays: ['2026-12-24'],
  },
};

const draftWith = (patch: Partial<ProfileDraft>): ProfileDraft => ({
  ...profileDraftOf(desk),
  ...patch,
});

describe('desk profile drafts', () => {
  it('gives back the desk it was read from, rotation without its anchor', () => {
    const { anchor: _anchor, ...written } = rotation;
    expect(deskInputOf(profileDraftOf(desk), desk)).toEqual({
      animal: desk.animal,
      helpsWith: desk.helpsWith,
      topics: desk.topics,
      channels: desk.channels,
      links: [],
      hours: desk.hours,
      digests: {
        daily: { time: '08:30', enabled: true },
        weekly: { weekday: 1, time: '09:00', enabled: true },
        planning: { weekday: 1, time: '10:00', enabled: true },
      },
      rotation: written,
    });
    expect(deskInputOf(profileDraftOf(turtleDesk), turtleDesk).rotation).toBe(
      null,
    );
  });

  it('keeps the digest settings the desk has, filling in the defaults', () => {
    const evening: Desk = {
      ...desk,
      digests: { daily: { time: '17:45' }, weekly: { enabled: false } },
    };
    expect(deskInputOf(profileDraftOf(evening), evening).digests).toEqual({
      daily: { time: '17:45', enabled: true },
      weekly: { weekday: 1, time: '09:00', enabled: false },
      planning: { weekday: 1, time: '10:00', enabled: true },
    });
  });

  it('trims, leaves blanks out and orders the hours', () => {
    const input = deskInputOf(
      draftWith({
        animal: { name: ' owl ', emoji: '', colour: '' },
        helpsWith: '  ',
        topics: ['ci', 'ci'],
        channels: [{ name: ' #owls ', url: ' ' }],
        weekly: [
          { day: 2, start: '13:00', end: '17:00' },
          { day: 2, start: '09:00', end: '12:00' },
          { day: 1, start: '09:00', end: '17:00' },
        ],
        holidays: ['2026-12-31', '2026-12-24', '2026-12-31'],
        supportDays: [5, 1],
      }),
      desk,
    );
    expect(input.animal).toEqual({ name: 'owl' });
    expect(input).not.toHaveProperty('helpsWith');
    expect(input.topics).toEqual(['ci']);
    expect(input.channels).toEqual([{ name: '#owls' }]);
    expect(input.hours).toEqual({
      timeZone: 'Europe/Berlin',
      weekly: [
        { day: 1, start: '09:00', end: '17:00' },
        { day: 2, start: '09:00', end: '12:00' },
        { day: 2, start: '13:00', end: '17:00' },
      ],
      holidays: ['2026-12-24', '2026-12-31'],
      supportDays: [1, 5],
    });
  });

  it('finds nothing wrong with a sound desk', () => {
    expect(profileProblems(profileDraftOf(desk))).toEqual({});
  });

  it.each<[string, Partial<ProfileDraft>, string, string]>([
    [
      'a blank animal',
      { animal: { name: ' ', emoji: '', colour: '' } },
      'animal.name',
      'is required',
    ],
    [
      'a colour by name',
      { animal: { name: 'owl', emoji: '', colour: 'green' } },
      'animal.colour',
      'must be a colour, #rrggbb',
    ],
    [
      'a zone that is no IANA zone',
      { timeZone: 'UTC+2' },
      'hours.timeZone',
      'must be an IANA time zone, e.g. Europe/Berlin',
    ],
    [
      'a range that ends before it starts',
      { weekly: [{ day: 1, start: '17:00', end: '09:00' }] },
      'hours.weekly.0.end',
      'must be after the start',
    ],
    [
      'a range without a start',
      { weekly: [{ day: 1, start: '', end: '09:00' }] },
      'hours.weekly.0.start',
      'must be a time of day, HH:mm',
    ],
    [
      'a holiday that is no date',
      { holidays: ['2026-02-30'] },
      'hours.holidays',
      '2026-02-30 is not a date, YYYY-MM-DD',
    ],
    [
      'a channel without a name',
      { channels: [{ name: '', url: 'https://chat.example.com' }] },
      'channels.0.name',
      'is required',
    ],
    [
      'a channel address that is not http',
      { channels: [{ name: '#a', url: 'ftp://chat.example.com' }] },
      'channels.0.url',
      'must be an http(s) URL',
    ],
    [
      'a link without an address',
      { links: [{ title: 'Docs', url: '' }] },
      'links.0.url',
      'must be an http(s) URL',
    ],
    [
      'a topic too long',
      { topics: ['x'.repeat(61)] },
      'topics',
      'each at most 60 characters',
    ],
    [
      'a daily digest without a time',
      {
        digests: {
          ...profileDraftOf(desk).digests,
          daily: { time: '', enabled: true },
        },
      },
      'digests.daily.time',
      'must be a time of day, HH:mm',
    ],
    [
      'a weekly report at no time of day',
      {
        digests: {
          ...profileDraftOf(desk).digests,
          weekly: { weekday: 5, time: '25:00', enabled: false },
        },
      },
      'digests.weekly.time',
      'must be a time of day, HH:mm',
    ],
  ])('names the field of %s', (_case, patch, path, problem) => {
    expect(profileProblems(draftWith(patch))).toEqual({ [path]: problem });
  });

  it('opens a new range the day after the last one, Sunday wrapping to Monday', () => {
    expect(nextWeeklyRange([])).toEqual({
      day: 1,
      start: '09:00',
      end: '17:00',
    });
    expect(nextWeeklyRange([{ day: 7, start: '10:00', end: '14:00' }])).toEqual(
      { day: 1, start: '10:00', end: '14:00' },
    );
  });
});
