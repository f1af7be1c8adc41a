import { DateTime } from 'luxon';
import { weeklyBerlinRotation } from '../__testUtils__/testRotation';
import { scheduleBetween } from '../rotation/schedule';
import { escapeText, foldLine, shiftCalendar } from './ics';

const generatedAt = DateTime.fromISO('2026-01-01T12:00:00Z');

function calendar() {
  const shifts = scheduleBetween(
    weeklyBerlinRotation(),
    [
      {
        id: 'o',
        kind: 'remove',
        userRef: 'user:default/alice',
        start: '2026-01-09T00:00:00+01:00',
        end: '2026-01-10T00:00:00+01:00',
      },
    ],
    DateTime.fromISO('2026-01-08T00:00:00Z'),
    DateTime.fromISO('2026-01-20T00:00:00Z'),
  );
  return shiftCalendar({
    teamRef: 'group:default/platform-software',
    title: '🐢 Platform Software, the turtle; with a very long name indeed',
    shifts,
    generatedAt,
  });
}

describe('shiftCalendar', () => {
  it('writes an RFC 5545 calendar with CRLF line ends and one event per stretch', () => {
    const ics = calendar();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    // shift 0 split by the override into three stretches, then shift 1
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('DTSTART:20260107T080000Z\r\nDTEND:20260108T230000Z');
  });

  it('keeps UIDs stable between downloads', () => {
    const uids = (ics: string) => ics.match(/^UID:.*$/gm);
    expect(uids(calendar())).toEqual(uids(calendar()));
    expect(new Set(uids(calendar())).size).toBe(4);
  });

  it('escapes text and folds lines at 75 octets without splitting characters', () => {
    const ics = calendar();
    expect(ics).toContain('the turtle\\; with a very long name');
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'SUMMARY:🐢 Platform Software\\, the turtle\\; with a very long name indeed: user:default/bob (primary)',
    );
  });

  it('folds a line of multi-byte characters on character boundaries', () => {
    const folded = foldLine(`SUMMARY:${'🐘'.repeat(40)}`);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'🐘'.repeat(40)}`);
  });
});

describe('escapeText', () => {
  it.each([
    ['a lone CR', 'turtle\rsnail', 'turtle\\nsnail'],
    ['CRLF', 'turtle\r\nsnail', 'turtle\\nsnail'],
    ['LF', 'turtle\nsnail', 'turtle\\nsnail'],
    ['CR CR LF', 'a\r\r\nb', 'a\\n\\nb'],
    ['a comma', 'ducks, geese', 'ducks\\, geese'],
    ['a semicolon', 'on duty; off duty', 'on duty\\; off duty'],
    ['a backslash', 'C:\\zoo', 'C:\\\\zoo'],
    ['a backslash before n', '\\n', '\\\\n'],
    ['other control characters', 'a\u0000b\u0007c\u001bd\u007fe', 'abcde'],
    ['a tab', 'a\tb', 'a\tb'],
    ['emoji', '🐢 turtle', '🐢 turtle'],
  ])('escapes %s', (_name, text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });
});

describe('foldLine', () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;

  it.each([
    ['ASCII', `SUMMARY:${'a'.repeat(200)}`],
    ['two-octet characters', `SUMMARY:${'é'.repeat(100)}`],
    ['three-octet characters', `SUMMARY:${'象'.repeat(80)}`],
    ['four-octet characters', `SUMMARY:${'🐢'.repeat(60)}`],
    ['a mix', `SUMMARY:x${'🐘é象'.repeat(30)}`],
  ])('folds %s at 75 octets without splitting a character', (_name, line) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');

    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map(octets).every(size => size <= 75)).toBe(true);
    expect(parts.slice(1).every(part => part.startsWith(' '))).toBe(true);
    expect(folded).not.toContain('\uFFFD');
    // Unfolding (RFC 5545 §3.1) gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `X:${'a'.repeat(73)}`;
    expect(foldLine(line)).toBe(line);
  });
});

describe('shiftCalendar with text from people', () => {
  it('holds no bare CR or LF when the desk title has line breaks', () => {
    const ics = shiftCalendar({
      teamRef: 'group:default/platform-software',
      title: '🐢 turtle\rsnail\nslug\r\nend, of; title\\',
      shifts: scheduleBetween(
        weeklyBerlinRotation(),
        [],
        DateTime.fromISO('2026-01-08T00:00:00Z'),
        DateTime.fromISO('2026-01-09T00:00:00Z'),
      ),
      generatedAt,
    });

    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.replace(/\r\n /g, '')).toContain(
      'X-WR-CALNAME:🐢 turtle\\nsnail\\nslug\\nend\\, of\\; title\\\\ on duty',
    );
  });
});
