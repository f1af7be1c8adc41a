import { Desk, StoredOverride } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { ZooCards } from './ZooCards';

const zone = 'Europe/Berlin';
/** A Wednesday, 10:00 in Berlin: the second hour of a shift. */
const now = DateTime.fromISO('2026-03-04T10:00:00', { zone });
const at = (hours: number) => now.plus({ hours });

const desk: Desk = {
  teamRef: 'group:default/platform-software',
  animal: { name: 'turtle', emoji: '🐢' },
  topics: [],
  channels: [],
  links: [],
  hours: { timeZone: zone, weekly: [], holidays: [] },
  rotation: {
    timeZone: zone,
    handoff: { day: 3, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    participants: ['alice', 'bob'].map(name => ({
      userRef: `user:default/${name}`,
      capabilities: [],
    })),
    start: '2026-02-25',
    fallback: 'user:default/lars',
    observers: ['user:default/jonas'],
  },
  revision: 1,
  updatedBy: 'user:default/alice',
  updatedAt: '2026-02-20T10:00:00.000Z',
};
const calendar = { timeZone: zone };

const replaceBob: StoredOverride = {
  id: 'override-1',
  teamRef: desk.teamRef,
  kind: 'replace',
  userRef: 'user:default/bob',
  replacementRef: 'user:default/mei',
  start: at(2).toISO()!,
  end: at(4).toISO()!,
  reason: null,
  createdBy: 'user:default/bob',
  createdAt: now.toISO()!,
};

const onDutyOf = (card: { onDuty: { userRef: string }[] }) =>
  card.onDuty.map(member => member.userRef);

describe('ZooCards', () => {
  it('keeps a card for the rest of its shift and works out the next one', () => {
    const cards = new ZooCards();
    const card = cards.cardOf(desk, [], now, calendar);
    expect(card).toEqual({
      teamRef: desk.teamRef,
      animal: desk.animal,
      onDuty: [
        { userRef: 'user:default/bob', role: 'primary', source: 'rotation' },
      ],
      observers: ['user:default/jonas'],
      until: '2026-03-11T09:00:00.000+01:00',
    });
    expect(cards.cardOf(desk, [], at(24 * 6), calendar)).toBe(card);
    // The handoff, a week after the last one.
    const next = cards.cardOf(desk, [], at(24 * 7 - 1), calendar);
    expect(onDutyOf(next)).toEqual(['user:default/alice']);
    expect(next.until).toBe('2026-03-18T09:00:00.000+01:00');
  });

  it('works the card out again when overrides or the desk change', () => {
    const cards = new ZooCards();
    const card = cards.cardOf(desk, [replaceBob], now, calendar);
    expect(onDutyOf(card)).toEqual(['user:default/bob']);
    // The override starts, and ends.
    expect(onDutyOf(cards.cardOf(desk, [replaceBob], at(2), calendar))).toEqual(
      ['user:default/mei'],
    );
    expect(onDutyOf(cards.cardOf(desk, [], at(5), calendar))).toEqual([
      'user:default/bob',
    ]);
    // One added for now, and a desk saved with another fallback.
    const removeBob: StoredOverride = {
      ...replaceBob,
      id: 'override-2',
      kind: 'remove',
      replacementRef: null,
      start: now.toISO()!,
      end: at(24).toISO()!,
    };
    expect(onDutyOf(cards.cardOf(desk, [removeBob], at(5), calendar))).toEqual([
      'user:default/lars',
    ]);
    const edited: Desk = {
      ...desk,
      rotation: { ...desk.rotation!, fallback: 'user:default/erin' },
      revision: 2,
    };
    expect(onDutyOf(cards.cardOf(edited, [], at(5), calendar))).toEqual([
      'user:default/bob',
    ]);
    const [removed] = cards.cardOf(edited, [removeBob], at(5), calendar).onDuty;
    expect(removed).toEqual({
      userRef: 'user:default/erin',
      role: 'fallback',
      source: 'rotation',
    });
  });

  it('works the card out again when a support day ends', () => {
    const cards = new ZooCards();
    const weekdays = { timeZone: zone, supportDays: [1, 2, 3] };
    const wednesday = cards.cardOf(desk, [], at(13), weekdays);
    expect(onDutyOf(wednesday)).toEqual(['user:default/bob']);
    // Thursday, 00:30 in Berlin: only the fallback.
    const thursday = now.plus({ hours: 14, minutes: 30 });
    expect(onDutyOf(cards.cardOf(desk, [], thursday, weekdays))).toEqual([
      'user:default/lars',
    ]);
  });

  it('asks for an earlier instant afresh', () => {
    const cards = new ZooCards();
    cards.cardOf(desk, [], now, calendar);
    const before = cards.cardOf(desk, [], now.minus({ days: 7 }), calendar);
    expect(onDutyOf(before)).toEqual(['user:default/alice']);
  });
});
