import { DateTime } from 'luxon';
import { ScheduledShift } from '../rotation/schedule';

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped.
 * Every line break (CRLF, a lone LF or a lone CR) becomes one `\n`; the
 * other control characters TEXT may not hold (§3.1, all but HTAB) are
 * dropped, since a calendar app rejects a feed with a bare CR in it.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- finding them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

const encoder = new TextEncoder();
const MAX_LINE_OCTETS = 75;

/**
 * RFC 5545 §3.1: lines longer than 75 octets continue on the next line after
 * CRLF and one space, never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsInstant(iso: string): string {
  return DateTime.fromISO(iso).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}

/** @public */
export interface ShiftCalendarOptions {
  teamRef: string;
  /** E.g. "🐢 Platform Software". */
  title: string;
  shifts: ScheduledShift[];
  generatedAt: DateTime;
  /** Shows a user ref as a person's name. */
  displayName?: (userRef: string) => string;
}

/**
 * The shifts as an iCalendar feed: one event per stretch of a shift with the
 * same people on duty. UIDs derive from the team and the stretch's start, so
 * they stay stable between downloads while the rotation is unchanged.
 *
 * @public
 */
export function shiftCalendar(options: ShiftCalendarOptions): string {
  const name = options.displayName ?? ((ref: string) => ref);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zooport//Support rotation//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${options.title} on duty`)}`,
  ];
  const stamp = options.generatedAt.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
  for (const shift of options.shifts) {
    for (const segment of shift.segments) {
      const people = segment.onDuty
        .map(member => `${name(member.userRef)} (${member.role})`)
        .join(', ');
      const summary = people
        ? `${options.title}: ${people}`
        : `${options.title}: nobody on duty`;
      const notes = [
        segment.supportDay ? '' : 'No support day.',
        segment.gap ? 'Gap: nobody from the rotation is on duty.' : '',
        segment.missingCapabilities.length
          ? `Missing: ${segment.missingCapabilities.join(', ')}.`
          : '',
      ].filter(Boolean);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(
          `${options.teamRef}/${icsInstant(segment.start)}`,
        )}@zooport`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${icsInstant(segment.start)}`,
        `DTEND:${icsInstant(segment.end)}`,
        `SUMMARY:${escapeText(summary)}`,
        ...(notes.length
          ? [`DESCRIPTION:${escapeText(notes.join('\n'))}`]
          : []),
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
